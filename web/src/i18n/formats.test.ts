import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { registerFormats } from './formats.ts';

async function instanceWith(texts: Record<string, string>) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'ru',
    resources: { kk: { translation: texts }, ru: { translation: texts }, en: { translation: texts } },
    interpolation: { escapeValue: false },
  });
  registerFormats(instance);
  return instance;
}

describe('the catalogues’ formats (issue 21 point 6)', () => {
  it('write an amount as officials write it in the text’s language', async () => {
    const i18n = await instanceWith({ total: '{{amount, amount}} ₸' });
    expect(i18n.t('total', { amount: '7416352.81', lng: 'ru' })).toBe('7\u00a0416\u00a0352,81 ₸');
    expect(i18n.t('total', { amount: 2751690, lng: 'kk' })).toBe('2\u00a0751\u00a0690,00 ₸');
    expect(i18n.t('total', { amount: '7416352.81', lng: 'en' })).toBe('7,416,352.81 ₸');
  });

  it('write a day DD.MM.YYYY and leave what is not a day or an amount as it is', async () => {
    const i18n = await instanceWith({ span: '{{from, date}} — {{to, date}}', rate: '{{value, amount}}' });
    expect(i18n.t('span', { from: '2026-01-05', to: 'бессрочно' })).toBe('05.01.2026 — бессрочно');
    expect(i18n.t('rate', { value: '15 %' })).toBe('15 %');
  });
});
