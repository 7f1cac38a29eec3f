import { Anchor, Button, Group, SegmentedControl } from '@mantine/core';
import { contentKinds } from '@shekara/contracts/portal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../components/Page.tsx';
import { QueueTable } from '../../../components/QueueTable.tsx';
import type { Column } from '../../../components/RowsTable.tsx';
import { loadOf, mapLoad } from '../../../data/load.ts';
import { printedTime } from '../../../dates.ts';
import { inLanguage } from '../localized.ts';
import { editorItemPath, editorNewPath } from '../paths.ts';
import type { AdminItem, ContentKind } from '../portal-api.ts';
import { useAdminItems } from '../queries.ts';
import { PublicationBadge } from './PublicationBadge.tsx';

/** The administrator's list of portal content, drafts included, with a way to start each kind. */
export function EditorListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [kind, setKind] = useState<ContentKind | 'all'>('all');
  const load = mapLoad(loadOf(useAdminItems(kind === 'all' ? undefined : kind)), (answer) => answer.items);
  const columns: Column<AdminItem>[] = [
    {
      key: 'title',
      header: t('portal.editor.columns.title'),
      cell: (item) => (
        <Anchor component={Link} to={editorItemPath(item.id)}>
          {inLanguage(item.title, language) || item.slug}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('portal.editor.columns.kind'), cell: (item) => t(`portal.kinds.${item.kind}`) },
    {
      key: 'status',
      header: t('portal.editor.columns.status'),
      cell: (item) => <PublicationBadge status={item.status} variant="light" />,
    },
    {
      key: 'updated',
      header: t('portal.editor.columns.updated'),
      cell: (item) => printedTime(item.updatedAt, language),
    },
  ];

  const row = (item: AdminItem) => ({ key: item.id, 'data-testid': 'portal-editor-row', 'data-slug': item.slug });
  const texts = { failed: t('portal.failed'), empty: t('portal.empty') };

  return (
    <Page title={t('portal.editor.title')} lead={t('portal.editor.lead')} testId="portal-editor-title">
      <Group gap="xs" wrap="wrap">
        {contentKinds.map((k) => (
          <Button
            key={k}
            component={Link}
            to={editorNewPath(k)}
            variant="light"
            size="sm"
            data-testid={`portal-editor-new-${k}`}
          >
            {t(`portal.editor.new.${k}`)}
          </Button>
        ))}
      </Group>
      <SegmentedControl
        aria-label={t('portal.editor.kind')}
        value={kind}
        onChange={(value) => setKind(value as ContentKind | 'all')}
        data={[
          { value: 'all', label: t('portal.editor.all') },
          ...contentKinds.map((k) => ({ value: k, label: t(`portal.kinds.${k}`) })),
        ]}
        style={{ overflowX: 'auto' }}
      />
      <QueueTable load={load} columns={columns} row={row} texts={texts} minWidth={720} testId="portal-editor-list" />
    </Page>
  );
}
