import { Anchor, Button, FileButton, Group, Menu, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { declarationKinds, type DeclarationKind } from '@shekara/contracts/declarations/documents';
import { declarationStatuses } from '@shekara/contracts/declarations/status';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../dates.ts';
import { useLoad } from '../../use-load.ts';
import { copyDeclaration, createDeclaration, deleteDeclaration, importEsadTransit, listDeclarations, listPageSize, type DeclarationSummary } from './declarations-api.ts';
import { emptyDocument } from './empty-document.ts';
import { decisionsPath, declarationPath, editorPath } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The organisation's declarations (issue 6 point 14): filters by status, kind and number or reference; new, copy, delete. */
export function ListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  const [load, start] = useLoad<Awaited<ReturnType<typeof listDeclarations>>>();
  const [failure, setFailure] = useState<unknown>();

  const refresh = useCallback(() => start(listDeclarations({ status, kind, q, page })), [start, status, kind, q, page]);
  useEffect(refresh, [refresh]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  const act = async (action: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  };
  const create = (newKind: DeclarationKind) => act(async () => navigate(editorPath((await createDeclaration(newKind, emptyDocument(newKind))).id)));
  const importFile = (file: File | null) => file && act(async () => navigate(editorPath((await importEsadTransit(file)).id)));
  const copy = (row: DeclarationSummary) => act(async () => navigate(editorPath((await copyDeclaration(row.id)).id)));
  const remove = (row: DeclarationSummary) =>
    act(async () => {
      if (!window.confirm(t('declarations.list.confirmDelete'))) return;
      await deleteDeclaration(row.id);
      refresh();
    });

  return (
    <Stack gap="lg" py="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap="xs">
          <Title order={1} data-testid="declarations-title">
            {t('declarations.list.title')}
          </Title>
          <Text maw={760}>{t('declarations.list.lead')}</Text>
        </Stack>
        <Group>
          <Button variant="default" component={Link} to={decisionsPath}>
            {t('declarations.menu.decisions')}
          </Button>
          <FileButton onChange={(file) => void importFile(file)} accept="application/xml,text/xml,.xml">
            {(props) => (
              <Button variant="default" {...props} data-testid="declaration-import">
                {t('declarations.list.importXml')}
              </Button>
            )}
          </FileButton>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button data-testid="declaration-new">{t('declarations.list.new')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {declarationKinds.map((k) => (
                <Menu.Item key={k} onClick={() => void create(k)} data-testid={`declaration-new-${k}`}>
                  {t(`declarations.kinds.${k}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Group align="flex-end">
        <Select
          label={t('declarations.list.status')}
          data={[{ value: '', label: t('declarations.list.all') }, ...declarationStatuses.map((s) => ({ value: s, label: t(`declarations.statuses.${s}`) }))]}
          value={status}
          onChange={(value) => setFilter('status', value ?? '')}
          allowDeselect={false}
          data-testid="declarations-filter-status"
        />
        <Select
          label={t('declarations.list.kind')}
          data={[{ value: '', label: t('declarations.list.all') }, ...declarationKinds.map((k) => ({ value: k, label: t(`declarations.kinds.${k}`) }))]}
          value={kind}
          onChange={(value) => setFilter('kind', value ?? '')}
          allowDeselect={false}
          data-testid="declarations-filter-kind"
        />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setFilter('q', search.trim());
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput label={t('declarations.list.search')} placeholder={t('declarations.list.searchHint')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} maxLength={50} data-testid="declarations-search" />
            <Button type="submit" variant="light">
              {t('declarations.list.find')}
            </Button>
          </Group>
        </form>
      </Group>
      {failure !== undefined && <ServerRefusalAlert title={t('declarations.list.failedAction')} error={failure} />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('declarations.list.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.items.length === 0 && (
        <Text c="dimmed" data-testid="declarations-empty">
          {t('declarations.list.empty')}
        </Text>
      )}
      {load.state === 'ready' && load.value.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover data-testid="declarations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('declarations.list.columns.number')}</Table.Th>
                <Table.Th>{t('declarations.list.columns.kind')}</Table.Th>
                <Table.Th>{t('declarations.list.columns.status')}</Table.Th>
                <Table.Th>{t('declarations.list.columns.office')}</Table.Th>
                <Table.Th>{t('declarations.list.columns.changed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.value.items.map((row) => (
                <Table.Tr key={row.id} data-testid="declaration-row" data-status={row.status} data-id={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={row.status === 'draft' ? editorPath(row.id) : declarationPath(row.id)} data-testid="declaration-link">
                      {row.registrationNumber ?? row.reference ?? t('declarations.list.draft')}
                    </Anchor>
                    {row.registrationNumber && row.reference && (
                      <Text size="xs" c="dimmed">
                        {row.reference}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`declarations.kinds.${row.kind}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>{row.customsOffice ?? ''}</Table.Td>
                  <Table.Td>{printedTime(row.updatedAt, i18n.resolvedLanguage)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => void copy(row)} data-testid="declaration-copy">
                        {t('declarations.list.copy')}
                      </Button>
                      {row.status === 'draft' && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => void remove(row)} data-testid="declaration-delete">
                          {t('declarations.list.delete')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {load.state === 'ready' && load.value.total > listPageSize && (
        <Pagination total={Math.ceil(load.value.total / listPageSize)} value={page} onChange={(value) => setFilter('page', String(value))} />
      )}
    </Stack>
  );
}
