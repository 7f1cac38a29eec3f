import { describe, expect, it } from 'vitest';
import { type ApplicationDraft, applicationFields, draftProblems, emptyDraft } from './application-draft.ts';
import { canonicalJson } from './canonical-json.ts';

const draft: ApplicationDraft = {
  ...emptyDraft,
  fullName: '  ТОО «Шекара Тест» ',
  shortName: 'ТОО «Шекара»',
  okpo: '12345678',
  taxpayerNumber: '150440000013',
  legalAddress: 'г. Алматы, пр. Абая, 10',
  actualAddress: 'г. Алматы, ул. Төле би, 42',
  phones: '+7 727 300 00 00, +7 701 000 00 00;',
  email: 'office@example.kz ',
  workplaces: 3,
  consentToRules: true,
  stickerNumber: '15-2/1234',
  stickerDate: '2026-11-02',
  stickerCode: 'WD-7788-AB',
  customsBodyCode: '75000',
  signatoryName: 'Серикова А. Б.',
};

describe('the Annex 1 application in the browser (WD-35)', () => {
  it('sends trimmed fields, the phones split, and signs the same canonical JSON the server checks', () => {
    const fields = applicationFields(draft, '2026-11-22');
    expect(fields).toMatchObject({
      fullName: 'ТОО «Шекара Тест»',
      email: 'office@example.kz',
      phones: ['+7 727 300 00 00', '+7 701 000 00 00'],
      applicationDate: '2026-11-22',
    });
    const text = canonicalJson(fields);
    expect(
      text.startsWith(
        '{"actualAddress":"г. Алматы, ул. Төле би, 42","applicantKind":"legal_entity","applicationDate":"2026-11-22"',
      ),
    ).toBe(true);
    expect(text).not.toMatch(/":\s/);
  });

  it('asks for OKPO by the kind of applicant: 8 digits, 10 for an entrepreneur, none needed by an individual', () => {
    expect(draftProblems(draft)).toEqual([]);
    expect(draftProblems({ ...draft, applicantKind: 'individual_entrepreneur' })).toEqual(['okpo']);
    expect(draftProblems({ ...draft, applicantKind: 'individual', okpo: '' })).toEqual([]);
    expect('okpo' in applicationFields({ ...draft, applicantKind: 'individual', okpo: '' }, '2026-11-22')).toBe(false);
  });

  it('needs consent to clauses 19–35, 1 to 100 workplaces and a 12-digit taxpayer number', () => {
    expect(draftProblems({ ...draft, consentToRules: false, workplaces: 101, taxpayerNumber: '123' })).toEqual([
      'taxpayerNumber',
      'workplaces',
      'consent',
    ]);
    expect(draftProblems(emptyDraft)).toContain('required');
  });
});
