import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { findingText } from './finding-text.ts';
import type { ControlFinding, ControlReport } from './officer-declaration.ts';

/** A rule's code or a field's path: small monospace. */
const code = { ff: 'monospace', fz: 'xs' } as const;

/** What format-logical control found in the signed copy (WD-8, WD-9): errors first, then warnings. */
export function ControlReportView({ report }: { report: ControlReport | null }) {
  const { t, i18n } = useTranslation();
  if (!report) return <Text c="dimmed">{t('officerDeclarations.control.none')}</Text>;
  const findings: ControlFinding[] = [...report.errors, ...report.warnings];
  const columns: Column<ControlFinding>[] = [
    {
      key: 'severity',
      header: t('officerDeclarations.control.severity'),
      cell: (finding) => (
        <Badge color={finding.severity === 'error' ? 'red' : 'yellow'} variant="light">
          {t(`officerDeclarations.control.${finding.severity}`)}
        </Badge>
      ),
    },
    { key: 'rule', header: t('officerDeclarations.control.rule'), cell: (finding) => finding.rule, td: () => code },
    { key: 'field', header: t('officerDeclarations.control.field'), cell: (finding) => finding.path, td: () => code },
    {
      key: 'message',
      header: t('officerDeclarations.control.message'),
      cell: (finding) => findingText(finding, i18n.resolvedLanguage),
    },
  ];
  const row = (finding: ControlFinding, index: number) => ({
    key: `${finding.rule}-${finding.path}-${index}`,
    'data-testid': 'control-finding',
    'data-severity': finding.severity,
    'data-rule': finding.rule,
  });
  return (
    <Stack
      gap="sm"
      data-testid="control-report"
      data-errors={report.errors.length}
      data-warnings={report.warnings.length}
    >
      <Group gap="xs">
        <Badge color={report.errors.length ? 'red' : 'green'} variant="light">
          {t('officerDeclarations.control.errors', { count: report.errors.length })}
        </Badge>
        <Badge color={report.warnings.length ? 'yellow' : 'gray'} variant="light">
          {t('officerDeclarations.control.warnings', { count: report.warnings.length })}
        </Badge>
      </Group>
      {findings.length === 0 ? (
        <Alert color="green" title={t('officerDeclarations.control.clean')} />
      ) : (
        <RowsTable rows={findings} columns={columns} row={row} minWidth={640} striped />
      )}
    </Stack>
  );
}
