import type { GoodsItem } from '@shekara/contracts/declarations/documents';
import { maxGoodsItems } from '@shekara/contracts/declarations/documents';

/**
 * Adding, duplicating and removing goods items. Box 32 numbers the items 1..n in order, so every
 * operation renumbers; items whose number did not change keep their identity (their rows do not re-render).
 */
function renumbered(items: GoodsItem[]): GoodsItem[] {
  return items.map((item, index) => (item.number === index + 1 ? item : { ...item, number: index + 1 }));
}

export function addItem(items: readonly GoodsItem[]): GoodsItem[] {
  if (items.length >= maxGoodsItems) return [...items];
  return [...items, { number: items.length + 1 }];
}

export function duplicateItem(items: readonly GoodsItem[], index: number): GoodsItem[] {
  const item = items[index];
  if (!item || items.length >= maxGoodsItems) return [...items];
  return renumbered([...items.slice(0, index + 1), structuredClone(item), ...items.slice(index + 1)]);
}

export function removeItem(items: readonly GoodsItem[], index: number): GoodsItem[] {
  return renumbered(items.filter((_, i) => i !== index));
}
