import { Anchor, Stack, Text } from '@mantine/core';
import type { linkRoutes } from '@shekara/contracts/declarations/links';
import type { RouteOutput } from '@shekara/contracts/http';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { printedDate, printedTime } from '../../dates.ts';
import { StatusBadge } from './Badges.tsx';
import { useOverdueReleases } from './overdue-releases-api.ts';
import { declarationPath } from './paths.ts';

type OverdueRelease = RouteOutput<typeof linkRoutes.overdueReleases>['releases'][number];

/**
 * The releases before the goods declaration of the officer's bodies whose term passed with no goods
 * declaration naming them (ACC-17), oldest term first: what the officer follows up.
 */
export function OverdueReleasesPage() {
  const { t, i18n } = useTranslation();
  const query = useOverdueReleases();
  const columns: Column<OverdueRelease>[] = [
    {
      key: 'number',
      header: t('officerDeclarations.overdue.number'),
      cell: (r) => (
        <Anchor component={Link} to={declarationPath(r.registrationNumber)} ff="monospace">
          {r.registrationNumber}
        </Anchor>
      ),
    },
    { key: 'due', header: t('officerDeclarations.overdue.due'), cell: (r) => printedDate(r.declarationDueDate) },
    { key: 'declarant', header: t('officerDeclarations.overdue.declarant'), cell: (r) => r.declarantIinBin ?? '—' },
    { key: 'office', header: t('officerDeclarations.overdue.office'), cell: (r) => r.customsOffice },
    {
      key: 'registered',
      header: t('officerDeclarations.overdue.registered'),
      cell: (r) => printedTime(r.registeredAt, i18n.resolvedLanguage),
    },
    { key: 'status', header: t('officerDeclarations.overdue.status'), cell: (r) => <StatusBadge status={r.status} /> },
  ];
  return (
    <Stack gap="lg" py="xl">
      <PageHeading
        title={t('officerDeclarations.overdue.title')}
        lead={t('officerDeclarations.overdue.lead')}
        testId="overdue-releases-title"
      />
      <Loaded query={query} failedTitle={t('officerDeclarations.overdue.failed')}>
        {(answer) =>
          answer.releases.length === 0 ? (
            <Text data-testid="overdue-releases-empty">
              {t('officerDeclarations.overdue.empty', { day: answer.asOf })}
            </Text>
          ) : (
            <RowsTable
              rows={answer.releases}
              columns={columns}
              row={(r) => ({ key: r.id, 'data-number': r.registrationNumber })}
              minWidth={760}
              testId="overdue-releases"
            />
          )
        }
      </Loaded>
    </Stack>
  );
}
