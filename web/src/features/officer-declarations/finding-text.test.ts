import { describe, expect, it } from 'vitest';
import { findingText } from './finding-text.ts';

const finding = {
  rule: 'goods.item.netMass',
  severity: 'error' as const,
  path: 'items.3.netMass',
  params: { item: 4, net: 12.5 },
  message: { kk: '{item}-тауар: нетто {net}', ru: 'Товар {item}: нетто {net}', en: 'Item {item}: net {net} {unknown}' },
};

describe('a control finding as the officer reads it (WD-8, issue 6 point 7)', () => {
  it('is in the reader’s language with its values filled in; an unknown placeholder stays as written', () => {
    expect(findingText(finding, 'kk')).toBe('4-тауар: нетто 12.5');
    expect(findingText(finding, 'en')).toBe('Item 4: net 12.5 {unknown}');
  });

  it('falls back to Russian for another language, and takes a message already in one language as it is', () => {
    expect(findingText(finding, 'de')).toBe('Товар 4: нетто 12.5');
    expect(findingText({ ...finding, message: 'Box {item}' }, 'en')).toBe('Box 4');
  });
});
