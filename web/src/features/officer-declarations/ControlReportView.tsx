import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { findingText } from './finding-text.ts';
import type { ControlFinding, ControlReport } from './officer-declaration.ts';

/** What format-logical control found in the signed copy (WD-8, WD-9): errors first, then warnings. */
export function ControlReportView({ report }: { report: ControlReport | null }) {
  const { t, i18n } = useTranslation();
  if (!report) return <Text c="dimmed">{t('officerDeclarations.control.none')}</Text>;
  const findings: ControlFinding[] = [...report.errors, ...report.warnings];
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
        <DataTable
          headers={[
            t('officerDeclarations.control.severity'),
            t('officerDeclarations.control.rule'),
            t('officerDeclarations.control.field'),
            t('officerDeclarations.control.message'),
          ]}
          minWidth={640}
          striped
        >
          {findings.map((finding, index) => (
            <Table.Tr
              key={`${finding.rule}-${finding.path}-${index}`}
              data-testid="control-finding"
              data-severity={finding.severity}
              data-rule={finding.rule}
            >
              <Table.Td>
                <Badge color={finding.severity === 'error' ? 'red' : 'yellow'} variant="light">
                  {t(`officerDeclarations.control.${finding.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {finding.rule}
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {finding.path}
              </Table.Td>
              <Table.Td>{findingText(finding, i18n.resolvedLanguage)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
