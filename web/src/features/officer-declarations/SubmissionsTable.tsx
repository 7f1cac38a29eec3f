import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { printedTime } from '../../dates.ts';
import type { Submission } from './officer-declaration.ts';

/** Every signed copy delivered (WD-10, WD-11): its sequence, time, signer and the SHA-256 of the bytes signed. */
export function SubmissionsTable({ submissions }: { submissions: readonly Submission[] }) {
  const { t, i18n } = useTranslation();
  if (submissions.length === 0) return <Text c="dimmed">{t('officerDeclarations.submissions.none')}</Text>;
  return (
    <DataTable
      headers={[
        t('officerDeclarations.submissions.seq'),
        t('officerDeclarations.submissions.time'),
        t('officerDeclarations.submissions.office'),
        t('officerDeclarations.submissions.signer'),
        t('officerDeclarations.submissions.sha256'),
      ]}
      minWidth={760}
      striped
      testId="submissions"
    >
      {submissions.map((submission) => (
        <Table.Tr key={submission.seq} data-testid="submission" data-seq={submission.seq}>
          <Table.Td>{submission.seq}</Table.Td>
          <Table.Td>{printedTime(submission.submittedAt, i18n.resolvedLanguage)}</Table.Td>
          <Table.Td>{submission.customsOffice}</Table.Td>
          <Table.Td>
            <Text size="sm">{[submission.signerIin, submission.signerBin].filter(Boolean).join(' · ')}</Text>
            {submission.certificateSerial && (
              <Text size="xs" c="dimmed" ff="monospace">
                {submission.certificateSerial}
              </Text>
            )}
          </Table.Td>
          <Table.Td ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }} data-testid="submission-sha256">
            {submission.documentSha256}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
