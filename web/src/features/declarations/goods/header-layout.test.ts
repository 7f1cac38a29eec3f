import { goodsDeclaration } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { withValueAt } from '../document-paths.ts';
import { goodsHeaderSections, sectionOf } from './header-layout.ts';

describe('the goods declaration header as the editor lays it out (issue 6 point 14)', () => {
  it('names only boxes of the shared model: a document filled through every field still fits it', () => {
    let document: unknown = { items: [] };
    for (const section of goodsHeaderSections) {
      for (const group of section.groups) {
        for (const field of group.fields) document = withValueAt(document, field.path, sample(field.kind));
      }
      if (section.list)
        for (const field of section.list.fields)
          document = withValueAt(document, `${section.list.path}.0.${field.path}`, sample(field.kind));
    }
    expect(goodsDeclaration.safeParse(document).success).toBe(true);
  });

  it('finds the section of a message’s path, also for a box inside a group', () => {
    const sections: Record<string, string | null> = {
      'consignor.address.city': 'parties',
      consignor: 'parties',
      'documents.2.number': 'documents',
      paymentDocuments: 'payments',
      'filler.date': 'filler',
      invoiceCurrency: 'terms',
      'items.0.hsCode': null,
    };
    for (const [path, section] of Object.entries(sections)) expect(sectionOf(path), path).toBe(section);
  });
});

function sample(kind: string): unknown {
  if (kind === 'number' || kind === 'integer') return 1;
  if (kind === 'date') return '2026-11-20';
  if (kind === 'direction') return 'IM';
  if (kind === 'check') return true;
  return 'K';
}
