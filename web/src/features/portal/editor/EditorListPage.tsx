import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../../dates.ts';
import { useLoad } from '../../../use-load.ts';
import { inLanguage } from '../localized.ts';
import { editorItemPath, editorNewPath } from '../paths.ts';
import { listAll, type AdminItem, type ContentKind } from '../portal-api.ts';
import { contentKinds } from './kinds.ts';

/** The administrator's list of portal content, drafts included, with a way to start each kind. */
export function EditorListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [kind, setKind] = useState<ContentKind | 'all'>('all');
  const [load, start] = useLoad<{ items: AdminItem[] }>();
  const refresh = useCallback(() => start(listAll(kind === 'all' ? undefined : kind)), [start, kind]);
  useEffect(refresh, [refresh]);

  return (
    <Stack gap="lg" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="portal-editor-title">
          {t('portal.editor.title')}
        </Title>
        <Text maw={760}>{t('portal.editor.lead')}</Text>
      </Stack>
      <Group gap="xs" wrap="wrap">
        {contentKinds.map((k) => (
          <Button key={k} component={Link} to={editorNewPath(k)} variant="light" size="sm" data-testid={`portal-editor-new-${k}`}>
            {t(`portal.editor.new.${k}`)}
          </Button>
        ))}
      </Group>
      <SegmentedControl
        aria-label={t('portal.editor.kind')}
        value={kind}
        onChange={(value) => setKind(value as ContentKind | 'all')}
        data={[{ value: 'all', label: t('portal.editor.all') }, ...contentKinds.map((k) => ({ value: k, label: t(`portal.kinds.${k}`) }))]}
        style={{ overflowX: 'auto' }}
      />
      {load.state === 'failed' && <ServerRefusalAlert title={t('portal.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.items.length === 0 && <Text c="dimmed">{t('portal.empty')}</Text>}
      {load.state === 'ready' && load.value.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="portal-editor-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portal.editor.columns.title')}</Table.Th>
                <Table.Th>{t('portal.editor.columns.kind')}</Table.Th>
                <Table.Th>{t('portal.editor.columns.status')}</Table.Th>
                <Table.Th>{t('portal.editor.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.value.items.map((item) => (
                <Table.Tr key={item.id} data-testid="portal-editor-row" data-slug={item.slug}>
                  <Table.Td>
                    <Anchor component={Link} to={editorItemPath(item.id)}>
                      {inLanguage(item.title, language) || item.slug}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`portal.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={item.status === 'published' ? 'green' : 'gray'} variant="light">
                      {t(`portal.status.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{printedTime(item.updatedAt, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
