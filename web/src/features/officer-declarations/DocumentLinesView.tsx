import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentLines } from './document-lines.ts';
import { useBoxPrinters } from './use-box-printers.ts';

/** A document of a kind without a laid-out view: each filled field by its path. */
export function DocumentLinesView({ document }: { document: unknown }) {
  const { t } = useTranslation();
  const { lines, truncated } = documentLines(document, useBoxPrinters());
  if (lines.length === 0) return <Text c="dimmed">{t('officerDeclarations.document.empty')}</Text>;
  return (
    <>
      <Table withTableBorder striped data-testid="document-lines">
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.path}>
              <Table.Td w="40%" ff="monospace" fz="xs">
                {line.path}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{line.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {truncated && (
        <Text size="sm" c="dimmed">
          {t('officerDeclarations.document.truncated', { count: lines.length })}
        </Text>
      )}
    </>
  );
}
