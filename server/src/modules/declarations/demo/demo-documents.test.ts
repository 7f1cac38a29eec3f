import { controlDeclaration } from '@shekara/contracts/declarations/control';
import { type DeclarationKind, declarationKinds } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { sampleReference } from '../control/sample-goods.ts';
import { type DemoDocumentOptions, demoDocument } from './demo-document.ts';

/** Issue 6 point 13: a demo document passes format-logical control against the bundled demo reference data. */
const reference = sampleReference();
const declarant = '050540001242';
const signer = { iin: '800115300012', bin: declarant, represents: [] };
/** A passenger declaration is an individual's: the signer's own IIN is its declarant. */
const declarantOf = (kind: DeclarationKind) => (kind === 'passenger' ? signer.iin : declarant);

function errorsOf(kind: DeclarationKind, options: Omit<DemoDocumentOptions, 'declarant'>) {
  const document = demoDocument(kind, { ...options, declarant: declarantOf(kind) });
  return controlDeclaration(kind, document, {
    reference,
    date: options.date,
    customsOffice: options.office,
    signer,
  }).errors.map((f) => `${f.rule} ${f.path}`);
}

/** A demo office of each kind, and what it accepts (reference/customs-offices/demo-data.ts). */
const clearanceKinds: DeclarationKind[] = [
  'goods',
  'transit',
  'release_before_declaration',
  'customs_value_1',
  'customs_value_2',
  'delivery_control',
  'transaction_passport',
];
const borderKinds: DeclarationKind[] = ['transit', 'vehicle', 'preliminary', 'temporary_vehicle', 'passenger'];

describe('demo documents pass control (issue 6 point 13)', () => {
  it('every kind at a customs post, before and after the VAT change of 2026', () => {
    for (const date of ['2025-11-20', '2026-11-20']) {
      for (const kind of declarationKinds)
        expect(errorsOf(kind, { items: 20, office: '33201', date }), `${kind} ${date}`).toEqual([]);
    }
  });

  it('the clearance kinds at a clearance centre, the border kinds at a checkpoint', () => {
    for (const kind of clearanceKinds)
      expect(errorsOf(kind, { items: 5, office: '75101', date: '2026-03-02', seed: 3 }), kind).toEqual([]);
    for (const kind of borderKinds)
      expect(errorsOf(kind, { items: 5, office: '33301', date: '2026-03-02', seed: 4 }), kind).toEqual([]);
  });

  it('each subkind of preliminary information', () => {
    for (const subkind of ['arrival_notification', 'preliminary_goods_declaration', 'temporary_storage'] as const) {
      expect(errorsOf('preliminary', { items: 10, office: '33302', date: '2026-03-02', subkind }), subkind).toEqual([]);
    }
  });

  it('a goods declaration of 999 items, for several seeds', () => {
    for (const seed of [1, 2, 3])
      expect(errorsOf('goods', { items: 999, office: '75101', date: '2026-11-20', seed }), `seed ${seed}`).toEqual([]);
  });
});
