import type { Region } from '@shekara/contracts/reference';

/**
 * The 17 regions and 3 cities of republican significance, as formed in 2022 (Abai, Zhetisu and
 * Ulytau regions created), with the two leading digits of their KATO codes.
 */
export const regions: readonly Region[] = [
  { code: '10', kind: 'region', name: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' } },
  { code: '11', kind: 'region', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
  { code: '15', kind: 'region', name: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' } },
  { code: '19', kind: 'region', name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
  { code: '23', kind: 'region', name: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' } },
  {
    code: '27',
    kind: 'region',
    name: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
  },
  { code: '31', kind: 'region', name: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' } },
  { code: '33', kind: 'region', name: { kk: 'Жетісу облысы', ru: 'Жетысуская область', en: 'Zhetisu Region' } },
  {
    code: '35',
    kind: 'region',
    name: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
  },
  { code: '39', kind: 'region', name: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' } },
  {
    code: '43',
    kind: 'region',
    name: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  },
  { code: '47', kind: 'region', name: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' } },
  { code: '55', kind: 'region', name: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' } },
  {
    code: '59',
    kind: 'region',
    name: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' },
  },
  { code: '61', kind: 'region', name: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' } },
  { code: '62', kind: 'region', name: { kk: 'Ұлытау облысы', ru: 'Улытауская область', en: 'Ulytau Region' } },
  {
    code: '63',
    kind: 'region',
    name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
  },
  { code: '71', kind: 'city', name: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' } },
  { code: '75', kind: 'city', name: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' } },
  { code: '79', kind: 'city', name: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent' } },
];
