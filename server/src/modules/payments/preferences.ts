import { PaymentErrors } from './errors.ts';

/**
 * Tariff preferences and exemptions (issue 16 point 1) as dated data, claimed item by item in box 36
 * of the goods declaration. Box 36 holds one code per payment, in a fixed order — customs fees (2
 * letters), import duty (2), excise (1), VAT (2): "ОООО-ОО" is every payment in the ordinary way,
 * with no excise.
 *
 * A preference pays a share of what the rate gives (`share` per cent: 75 pays three quarters, 0
 * nothing) for goods of the listed origins and TN VED headings, on the days it is in force. A code
 * the engine does not hold, or one claimed for goods it does not cover, is refused, never ignored:
 * the declaration then goes to an officer instead of being assessed automatically.
 *
 * The bundled preferences follow the EAEU's unified system of tariff preferences (EAEU Treaty,
 * Annex 6): goods of developing countries that use it pay 75 % of the import duty, goods of least
 * developed countries none. Their two-letter codes and their lists of countries and goods are this
 * project's examples, as its demo tariff is, until the classifier of exemptions (Customs Union
 * Commission Decision No. 378) and the Commission's lists are loaded (docs/PAYMENTS.md).
 */
export type PreferencePosition = 'fees' | 'duty' | 'excise' | 'vat';

export interface Preference {
  position: PreferencePosition;
  code: string;
  /** the share of the charged amount that is paid, in per cent */
  share: string;
  /** goods of these origins only (ISO 3166 alpha-2); null: any origin */
  origins: readonly string[] | null;
  /** TN VED code beginnings it covers; null: all goods */
  goods: readonly string[] | null;
  validFrom: string;
  validTo: string | null;
  name: { kk: string; ru: string; en: string };
}

/** The code that claims nothing: the payment is due in the ordinary way (excise: "-" where there is none). */
const ordinary: Record<PreferencePosition, readonly string[]> = {
  fees: ['ОО'],
  duty: ['ОО'],
  excise: ['О', '-'],
  vat: ['ОО'],
};

export const preferences: readonly Preference[] = [
  {
    position: 'duty',
    code: 'РС',
    share: '75',
    origins: ['BO', 'EG', 'GH', 'ID', 'LK', 'PK', 'PH', 'TN'],
    goods: ['0901', '0902', '1801', '5201', '6109'],
    validFrom: '2018-01-01',
    validTo: null,
    name: {
      kk: 'дамушы елдердің тауарлары: мөлшерлеменің 75 %-ы',
      ru: 'товары развивающихся стран: 75 % ставки',
      en: 'goods of a developing country: 75 % of the rate',
    },
  },
  {
    position: 'duty',
    code: 'НР',
    share: '0',
    origins: ['AF', 'BD', 'KH', 'NP', 'TZ'],
    goods: ['0901', '0902', '1801', '5201', '6109'],
    validFrom: '2018-01-01',
    validTo: null,
    name: {
      kk: 'ең аз дамыған елдердің тауарлары: баж салынбайды',
      ru: 'товары наименее развитых стран: пошлина не уплачивается',
      en: 'goods of a least developed country: no duty',
    },
  },
  {
    position: 'vat',
    code: 'ЛН',
    share: '0',
    origins: null,
    goods: ['3002', '3004', '9018'],
    validFrom: '2018-01-01',
    validTo: null,
    name: {
      kk: 'ҚҚС-тан босатылған тауарлар (дәрілік заттар, медициналық бұйымдар)',
      ru: 'товары, освобождённые от НДС (лекарственные средства, медицинские изделия)',
      en: 'goods exempt from VAT (medicines, medical devices)',
    },
  },
];

/** What box 36 claims for one item: the preference per payment, absent where it claims the ordinary way. */
export type ClaimedPreferences = Partial<Record<PreferencePosition, Preference>>;

const layout: readonly [PreferencePosition, number, number][] = [
  ['fees', 0, 2],
  ['duty', 2, 4],
  ['excise', 4, 5],
  ['vat', 5, 7],
];

// Latin letters that look like the Cyrillic ones box 36 is written in, as a keyboard may type them.
const lookAlikes: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
const cyrillic = (text: string) => text.replace(/[ABCEHKMOPTX]/g, (letter) => lookAlikes[letter]!);

/**
 * Reads box 36 of one item on `date` and checks each claimed preference against the item's code
 * and origin. Spaces are ignored; an empty box claims nothing.
 */
export function claimedPreferences(
  box36: string | undefined,
  item: { hsCode: string; originCountry?: string },
  date: string,
): ClaimedPreferences {
  const claimed: ClaimedPreferences = {};
  const text = cyrillic((box36 ?? '').replace(/\s+/g, '').toUpperCase());
  if (text === '') return claimed;
  if (text.length !== 7) throw PaymentErrors.PAYMENTS_PREFERENCE_UNKNOWN({ code: text, date });
  for (const [position, from, to] of layout) {
    const code = text.slice(from, to);
    if (ordinary[position].includes(code)) continue;
    const preference = preferences.find(
      (p) =>
        p.position === position && p.code === code && p.validFrom <= date && (p.validTo === null || p.validTo >= date),
    );
    if (!preference) throw PaymentErrors.PAYMENTS_PREFERENCE_UNKNOWN({ code, date });
    const coversOrigin =
      preference.origins === null ||
      (item.originCountry !== undefined && preference.origins.includes(item.originCountry));
    const coversGoods = preference.goods === null || preference.goods.some((start) => item.hsCode.startsWith(start));
    if (!coversOrigin || !coversGoods)
      throw PaymentErrors.PAYMENTS_PREFERENCE_NOT_APPLICABLE({
        code,
        hsCode: item.hsCode,
        origin: item.originCountry ?? '—',
      });
    claimed[position] = preference;
  }
  return claimed;
}
