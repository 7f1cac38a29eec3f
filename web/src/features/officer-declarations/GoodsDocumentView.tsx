import { Stack, Table, Text, Title } from '@mantine/core';
import type { GoodsDeclaration } from '@shekara/contracts/declarations/documents';
import { useTranslation } from 'react-i18next';
import { headerBoxes } from './goods-boxes.ts';
import { ItemsTable } from './ItemsTable.tsx';
import { useBoxPrinters } from './use-box-printers.ts';

/** The goods declaration by its boxes: the header, then the items (EEC Decision No. 257). */
export function GoodsDocumentView({ document }: { document: GoodsDeclaration }) {
  const { t } = useTranslation();
  const boxes = headerBoxes(document, { printers: useBoxPrinters() });
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t('officerDeclarations.goods.header')}
      </Title>
      <Table withTableBorder data-testid="goods-header">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('officerDeclarations.goods.box')}</Table.Th>
            <Table.Th w={260}>{t('officerDeclarations.goods.field')}</Table.Th>
            <Table.Th>{t('officerDeclarations.goods.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {boxes.map((line) => (
            <Table.Tr key={line.field} data-testid="goods-box" data-box={line.box}>
              <Table.Td>{line.box}</Table.Td>
              <Table.Td>{t(`officerDeclarations.boxes.${line.field}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {line.value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h4">
        {t('officerDeclarations.goods.items', { count: document.items.length })}
      </Title>
      <ItemsTable items={document.items} />
    </Stack>
  );
}
