import { Button, FileButton, Group, Menu, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { type DeclarationKind, declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses } from '@shekara/contracts/declarations/status';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { useAction } from '../../data/use-action.ts';
import { DeclarationsTable } from './DeclarationsTable.tsx';
import {
  copyDeclaration,
  createDeclaration,
  type DeclarationSummary,
  deleteDeclaration,
  importEsadTransit,
  listPageSize,
} from './declarations-api.ts';
import { emptyDocument } from './empty-document.ts';
import { decisionsPath, editorPath } from './paths.ts';
import { declarationKeys, useDeclarationList } from './queries.ts';

/** The organisation's declarations (issue 6 point 14): filters by status, kind and number or reference; new, copy, delete. */
export function ListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  const load = loadOf(useDeclarationList({ status, kind, q, page }));
  const action = useAction((work: () => Promise<void>) => work(), [declarationKeys.all]);
  const failure = action.error;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  const act = (work: () => Promise<void>) => action.run(work);
  const create = (newKind: DeclarationKind) =>
    act(async () => navigate(editorPath((await createDeclaration(newKind, emptyDocument(newKind))).id)));
  const importFile = (file: File | null) =>
    file && act(async () => navigate(editorPath((await importEsadTransit(file)).id)));
  const copy = (row: DeclarationSummary) => act(async () => navigate(editorPath((await copyDeclaration(row.id)).id)));
  const remove = (row: DeclarationSummary) =>
    act(async () => {
      if (!window.confirm(t('declarations.list.confirmDelete'))) return;
      await deleteDeclaration(row.id);
    });

  return (
    <Stack gap="lg" py="xl">
      <Group justify="space-between" align="flex-end">
        <PageHeading
          title={t('declarations.list.title')}
          lead={t('declarations.list.lead')}
          testId="declarations-title"
        />
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
          data={[
            { value: '', label: t('declarations.list.all') },
            ...declarationStatuses.map((s) => ({ value: s, label: t(`declarations.statuses.${s}`) })),
          ]}
          value={status}
          onChange={(value) => setFilter('status', value ?? '')}
          allowDeselect={false}
          data-testid="declarations-filter-status"
        />
        <Select
          label={t('declarations.list.kind')}
          data={[
            { value: '', label: t('declarations.list.all') },
            ...declarationKinds.map((k) => ({ value: k, label: t(`declarations.kinds.${k}`) })),
          ]}
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
            <TextInput
              label={t('declarations.list.search')}
              placeholder={t('declarations.list.searchHint')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              maxLength={50}
              data-testid="declarations-search"
            />
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
        <DeclarationsTable
          rows={load.value.items}
          onCopy={(row) => void copy(row)}
          onRemove={(row) => void remove(row)}
        />
      )}
      {load.state === 'ready' && load.value.total > listPageSize && (
        <Pagination
          total={Math.ceil(load.value.total / listPageSize)}
          value={page}
          onChange={(value) => setFilter('page', String(value))}
        />
      )}
    </Stack>
  );
}
