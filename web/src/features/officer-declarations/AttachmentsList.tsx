import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { digestCell } from './digest-cell.ts';
import type { Attachment } from './officer-declaration.ts';

/** The files attached to the declaration, each downloadable, with its size and SHA-256. */
export function AttachmentsList({
  attachments,
  urlOf,
}: {
  attachments: readonly Attachment[];
  urlOf: (attachment: Attachment) => string;
}) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return <Text c="dimmed">{t('officerDeclarations.attachments.none')}</Text>;
  const size = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 });
  const columns: Column<Attachment>[] = [
    {
      key: 'name',
      header: t('officerDeclarations.attachments.name'),
      cell: (attachment) => (
        <Anchor href={urlOf(attachment)} download={attachment.name} data-testid="attachment-download">
          {attachment.name}
        </Anchor>
      ),
    },
    {
      key: 'size',
      header: t('officerDeclarations.attachments.size'),
      cell: (attachment) =>
        t('officerDeclarations.attachments.kilobytes', { size: size.format(attachment.sizeBytes / 1024) }),
    },
    {
      key: 'sha256',
      header: t('officerDeclarations.attachments.sha256'),
      cell: (attachment) => attachment.sha256,
      td: () => digestCell,
    },
  ];
  const row = (attachment: Attachment) => ({ key: attachment.id, 'data-testid': 'attachment' });
  return <RowsTable rows={attachments} columns={columns} row={row} minWidth={640} striped testId="attachments" />;
}
