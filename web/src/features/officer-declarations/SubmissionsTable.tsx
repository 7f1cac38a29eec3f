import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { printedTime } from '../../dates.ts';
import { digestCell } from './digest-cell.ts';
import type { Submission } from './officer-declaration.ts';
import { comparisonPath } from './paths.ts';

/**
 * Every signed copy delivered (WD-10, WD-11): its sequence, time, signer and the SHA-256 of the
 * bytes signed; a resubmitted copy opens beside the one before it (issue 19 point 5).
 */
export function SubmissionsTable({
  registrationNumber,
  submissions,
}: {
  registrationNumber: string;
  submissions: readonly Submission[];
}) {
  const { t, i18n } = useTranslation();
  if (submissions.length === 0) return <Text c="dimmed">{t('officerDeclarations.submissions.none')}</Text>;
  const columns: Column<Submission>[] = [
    { key: 'seq', header: t('officerDeclarations.submissions.seq'), cell: (submission) => submission.seq },
    {
      key: 'time',
      header: t('officerDeclarations.submissions.time'),
      cell: (submission) => printedTime(submission.submittedAt, i18n.resolvedLanguage),
    },
    {
      key: 'office',
      header: t('officerDeclarations.submissions.office'),
      cell: (submission) => submission.customsOffice,
    },
    {
      key: 'signer',
      header: t('officerDeclarations.submissions.signer'),
      cell: (submission) => (
        <>
          <Text size="sm">{[submission.signerIin, submission.signerBin].filter(Boolean).join(' · ')}</Text>
          {submission.certificateSerial && (
            <Text size="xs" c="dimmed" ff="monospace">
              {submission.certificateSerial}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'sha256',
      header: t('officerDeclarations.submissions.sha256'),
      cell: (submission) => submission.documentSha256,
      td: () => ({ ...digestCell, 'data-testid': 'submission-sha256' }),
    },
    {
      key: 'compare',
      header: '',
      cell: (submission) =>
        submission.seq > 1 && (
          <Anchor
            component={Link}
            to={comparisonPath(registrationNumber, submission.seq)}
            size="sm"
            data-testid="submission-compare"
          >
            {t('officerDeclarations.submissions.compare', { copy: submission.seq - 1 })}
          </Anchor>
        ),
    },
  ];
  const row = (submission: Submission) => ({
    key: submission.seq,
    'data-testid': 'submission',
    'data-seq': submission.seq,
  });
  return <RowsTable rows={submissions} columns={columns} row={row} minWidth={760} striped testId="submissions" />;
}
