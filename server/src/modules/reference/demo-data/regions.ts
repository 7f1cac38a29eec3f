import type { Region } from '@shekara/contracts/reference';

// the two leading digits of KATO, the kind, then the name in kk, ru and en
const table: readonly [string, Region['kind'], string, string, string][] = [
  ['10', 'region', 'Абай облысы', 'Абайская область', 'Abai Region'],
  ['11', 'region', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
  ['15', 'region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
  ['19', 'region', 'Алматы облысы', 'Алматинская область', 'Almaty Region'],
  ['23', 'region', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'],
  ['27', 'region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
  ['31', 'region', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region'],
  ['33', 'region', 'Жетісу облысы', 'Жетысуская область', 'Zhetisu Region'],
  ['35', 'region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
  ['39', 'region', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
  ['43', 'region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
  ['47', 'region', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
  ['55', 'region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
  ['59', 'region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'],
  ['61', 'region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'],
  ['62', 'region', 'Ұлытау облысы', 'Улытауская область', 'Ulytau Region'],
  ['63', 'region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
  ['71', 'city', 'Астана қаласы', 'город Астана', 'Astana'],
  ['75', 'city', 'Алматы қаласы', 'город Алматы', 'Almaty'],
  ['79', 'city', 'Шымкент қаласы', 'город Шымкент', 'Shymkent'],
];

/**
 * The 17 regions and 3 cities of republican significance, as formed in 2022 (Abai, Zhetisu and
 * Ulytau regions created), with the two leading digits of their KATO codes.
 */

/**
 * The 17 regions and 3 cities of republican significance, as formed in 2022 (Abai, Zhetisu and
 * Ulytau regions created), with the two leading digits of their KATO codes.
 */
export const regions: readonly Region[] = table.map(([code, kind, kk, ru, en]) => ({
  code,
  kind,
  name: { kk, ru, en },
}));
