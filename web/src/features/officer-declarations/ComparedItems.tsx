import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparedValuesTable } from './ComparedValuesTable.tsx';
import type { ComparedItem } from './copy-comparison.ts';

/**
 * The goods items of two copies, paired (copy-comparison.ts): each item that changed, came or went
 * with its boxes side by side; the unchanged ones counted, and shown on asking — a declaration of
 * 999 items with one corrected reads as that one item.
 */
export function ComparedItems({
  items,
  copies,
}: {
  items: readonly ComparedItem[];
  copies: { earlier: number; later: number };
}) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const unchanged = items.filter((item) => item.change === 'same').length;
  const shown = showUnchanged ? items : items.filter((item) => item.change !== 'same');
  const changeNames = {
    same: t('officerDeclarations.comparison.unchanged'),
    changed: t('officerDeclarations.comparison.changed'),
    added: t('officerDeclarations.comparison.added'),
    removed: t('officerDeclarations.comparison.removed'),
  };
  return (
    <Stack gap="md">
      {shown.map((item) => {
        const number =
          item.earlier === item.later ? String(item.later) : `${item.earlier ?? '—'} → ${item.later ?? '—'}`;
        return (
          <Stack
            key={`${item.earlier}-${item.later}`}
            gap="xs"
            data-testid="compared-item"
            data-change={item.change}
            data-earlier={item.earlier ?? undefined}
            data-later={item.later ?? undefined}
          >
            <Group gap="xs">
              <Title order={4} size="h5">
                {t('officerDeclarations.comparison.item', { number })}
              </Title>
              <Badge size="sm" variant="outline" color={item.change === 'same' ? 'gray' : 'dark'}>
                {changeNames[item.change]}
              </Badge>
            </Group>
            <ComparedValuesTable
              rows={item.boxes.map((box) => ({
                key: box.field,
                box: box.box,
                label: t(`officerDeclarations.items.${box.field}`),
                value: box,
              }))}
              copies={copies}
              testId="compared-item-boxes"
            />
          </Stack>
        );
      })}
      {unchanged > 0 && (
        <Group gap="sm">
          <Text size="sm" c="dimmed" data-testid="compared-items-unchanged">
            {t('officerDeclarations.comparison.itemsUnchanged', { count: unchanged })}
          </Text>
          <Button size="xs" variant="default" onClick={() => setShowUnchanged((shown) => !shown)}>
            {showUnchanged
              ? t('officerDeclarations.comparison.hideUnchanged')
              : t('officerDeclarations.comparison.showUnchanged')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
