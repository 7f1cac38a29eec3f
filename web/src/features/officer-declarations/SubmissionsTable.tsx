import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedTime } from '../../dates.ts';
import type { Submission } from './officer-declaration.ts';

/** Every signed copy delivered (WD-10, WD-11): its sequence, time, signer and the SHA-256 of the bytes signed. */
export function SubmissionsTable({ submissions }: { submissions: readonly Submission[] }) {
  const { t, i18n } = useTranslation();
  if (submissions.length === 0) return <Text c="dimmed">{t('officerDeclarations.submissions.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="submissions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('officerDeclarations.submissions.seq')}</Table.Th>
            <Table.Th>{t('officerDeclarations.submissions.time')}</Table.Th>
            <Table.Th>{t('officerDeclarations.submissions.office')}</Table.Th>
            <Table.Th>{t('officerDeclarations.submissions.signer')}</Table.Th>
            <Table.Th>{t('officerDeclarations.submissions.sha256')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
