import { Drawer, SimpleGrid, Stack } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, ListSection } from './GoodsHeader.tsx';
import { itemDocumentFields, itemFields, itemPaymentFields } from './item-layout.ts';

/** Every box of one goods item, beside the grid: documents (box 44) and payments (box 47) too. */
export const ItemForm = memo(function ItemForm({ index, onClose }: { index: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={index !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={index !== null ? t('declarations.goods.items.formTitle', { number: index + 1 }) : ''}
      data-testid="item-form"
    >
      {index !== null && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {itemFields.map((field) => (
              <Field key={field.path} field={field} path={`items.${index}.${field.path}`} />
            ))}
          </SimpleGrid>
          <ListSection
            path={`items.${index}.documents`}
            fields={itemDocumentFields}
            titleKey="declarations.goods.lists.itemDocuments"
          />
          <ListSection
            path={`items.${index}.payments`}
            fields={itemPaymentFields}
            titleKey="declarations.goods.lists.payments"
          />
        </Stack>
      )}
    </Drawer>
  );
});
