import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
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
  return (
    <DataTable
      headers={[
        t('officerDeclarations.attachments.name'),
        t('officerDeclarations.attachments.size'),
        t('officerDeclarations.attachments.sha256'),
      ]}
      minWidth={640}
      striped
      testId="attachments"
    >
      {attachments.map((attachment) => (
        <Table.Tr key={attachment.id} data-testid="attachment">
          <Table.Td>
            <Anchor href={urlOf(attachment)} download={attachment.name} data-testid="attachment-download">
              {attachment.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            {t('officerDeclarations.attachments.kilobytes', { size: size.format(attachment.sizeBytes / 1024) })}
          </Table.Td>
          <Table.Td ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }}>
            {attachment.sha256}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
