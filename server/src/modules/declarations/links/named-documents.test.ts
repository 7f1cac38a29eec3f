import { controlDeclaration } from '@shekara/contracts/declarations/control';
import { describe, expect, it } from 'vitest';
import { goodsDocument } from '../../../testing/declarations.ts';
import { sampleDate, sampleReference } from '../control/sample-goods.ts';
import { namedDocuments } from './named-documents.ts';

/** Where a declaration names the document it follows, and the form of the number (ACC-16, ACC-17). */
describe('the earlier documents a declaration names (ACC-16, ACC-17)', () => {
  it('reads the numbers a goods or transit declaration names, trimmed, and nothing of other kinds', () => {
    const goods = {
      items: [],
      preliminaryInformationNumber: ' 75301/061226/0000001 ',
      releaseBeforeDeclarationNumber: '',
    };
    expect(namedDocuments('goods', goods)).toEqual([
      { relation: 'preliminary_information', number: '75301/061226/0000001', path: 'preliminaryInformationNumber' },
    ]);
    expect(namedDocuments('transit', { items: [], preliminaryInformationNumber: '75301/061226/0000002' })).toHaveLength(
      1,
    );
    expect(namedDocuments('preliminary', { preliminaryInformationNumber: '75301/061226/0000002' })).toEqual([]);
  });

  it('control finds a number not written OOOOO/DDMMYY/NNNNNNN at its field, and passes one that is', () => {
    const document = goodsDocument('050540001242', { date: sampleDate, items: 1 });
    const findings = (names: Record<string, string>) =>
      controlDeclaration('goods', { ...document, ...names }, { reference: sampleReference(), date: sampleDate })
        .errors.filter((f) => f.rule === 'links.number-format')
        .map((f) => f.path);
    expect(findings({ preliminaryInformationNumber: '75301/061226/0000001' })).toEqual([]);
    expect(
      findings({ preliminaryInformationNumber: '75301-061226-1', releaseBeforeDeclarationNumber: '7510' }),
    ).toEqual(['preliminaryInformationNumber', 'releaseBeforeDeclarationNumber']);
  });
});
