import type { SignerFacts } from '@shekara/contracts/declarations/control';
import { controlDeclaration } from '@shekara/contracts/declarations/control';
import { describe, expect, it } from 'vitest';
import { sampleDate, sampleDeclarant, sampleGoodsDeclaration, sampleReference } from '../sample-goods.ts';

/** Issue 6 point 3: the declarant's IIN/BIN equals the signer's, or the signer is its customs representative. */
const reference = sampleReference();
const identityFindings = (signer?: SignerFacts) =>
  controlDeclaration('goods', sampleGoodsDeclaration(), { reference, date: sampleDate, signer }).errors.filter(
    (f) => f.rule === 'identity.signer-not-declarant',
  );

describe('who may sign (identity.signer-not-declarant)', () => {
  it('is silent until the document is signed', () => {
    expect(identityFindings()).toEqual([]);
  });

  it("accepts an employee signing under the declarant's BIN", () => {
    expect(identityFindings({ iin: '901120300033', bin: sampleDeclarant, represents: [] })).toEqual([]);
  });

  it('accepts an individual declarant signing with their own IIN', () => {
    const document = sampleGoodsDeclaration();
    document.declarant!.iinBin = '901120300033';
    const report = controlDeclaration('goods', document, {
      reference,
      date: sampleDate,
      signer: { iin: '901120300033', bin: null, represents: [] },
    });
    expect(report.errors).toEqual([]);
  });

  it('accepts a customs representative acting for the declarant, and refuses it without that representation', () => {
    const representative = { iin: '850115300011', bin: '150440000023' };
    expect(identityFindings({ ...representative, represents: [sampleDeclarant] })).toEqual([]);
    const refused = identityFindings({ ...representative, represents: ['150440000033'] });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      severity: 'error',
      path: 'declarant.iinBin',
      params: { declarant: sampleDeclarant, signer: '850115300011 / 150440000023' },
    });
  });

  it('refuses a signer when the declarant has no IIN/BIN yet', () => {
    const document = sampleGoodsDeclaration();
    delete document.declarant!.iinBin;
    const report = controlDeclaration('goods', document, {
      reference,
      date: sampleDate,
      signer: { iin: '901120300033', bin: sampleDeclarant, represents: [] },
    });
    expect(report.errors.map((f) => f.rule)).toContain('identity.signer-not-declarant');
  });
});

describe('a 999-item goods declaration (issue 6 point 4)', () => {
  it('passes when valid, and reports each broken item at its own path', () => {
    const document = sampleGoodsDeclaration(999);
    expect(controlDeclaration('goods', document, { reference, date: sampleDate })).toEqual({
      errors: [],
      warnings: [],
    });
    document.items[998]!.netMass = 100;
    document.items[500]!.hsCode = '0101000000';
    const report = controlDeclaration('goods', document, { reference, date: sampleDate });
    expect(report.errors.map((f) => [f.rule, f.path])).toEqual([
      ['goods.item.hs-code-group', 'items.500.hsCode'],
      ['goods.item.net-le-gross', 'items.998.netMass'],
    ]);
  });
});
