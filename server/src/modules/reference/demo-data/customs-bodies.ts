import type { CustomsBody } from '@shekara/contracts/reference';
import { regions } from './regions.ts';

/**
 * Demo customs bodies. The codes are demo codes, not the State Revenue Committee's: five digits,
 * like the real ones, built as RR K NN — RR the region's KATO prefix, K the kind (0 the region's
 * Department of State Revenue, 1 customs office, 2 customs post, 3 border checkpoint), NN a serial
 * number (00 for the department). So Almaty city's department is 75000, Astana's 71000.
 * Addresses name only the town; e-mails are on a reserved demo domain.
 */
const since = '2022-06-08'; // the regions as they have been since Abai, Zhetisu and Ulytau were formed

const departmentDetails: Record<string, { ru: string; town: string }> = {
  '10': { ru: 'по Абайской области', town: 'г. Семей' },
  '11': { ru: 'по Акмолинской области', town: 'г. Кокшетау' },
  '15': { ru: 'по Актюбинской области', town: 'г. Актобе' },
  '19': { ru: 'по Алматинской области', town: 'г. Конаев' },
  '23': { ru: 'по Атырауской области', town: 'г. Атырау' },
  '27': { ru: 'по Западно-Казахстанской области', town: 'г. Уральск' },
  '31': { ru: 'по Жамбылской области', town: 'г. Тараз' },
  '33': { ru: 'по Жетысуской области', town: 'г. Талдыкорган' },
  '35': { ru: 'по Карагандинской области', town: 'г. Караганда' },
  '39': { ru: 'по Костанайской области', town: 'г. Костанай' },
  '43': { ru: 'по Кызылординской области', town: 'г. Кызылорда' },
  '47': { ru: 'по Мангистауской области', town: 'г. Актау' },
  '55': { ru: 'по Павлодарской области', town: 'г. Павлодар' },
  '59': { ru: 'по Северо-Казахстанской области', town: 'г. Петропавловск' },
  '61': { ru: 'по Туркестанской области', town: 'г. Туркестан' },
  '62': { ru: 'по Улытауской области', town: 'г. Жезказган' },
  '63': { ru: 'по Восточно-Казахстанской области', town: 'г. Усть-Каменогорск' },
  '71': { ru: 'по городу Астане', town: 'г. Астана' },
  '75': { ru: 'по городу Алматы', town: 'г. Алматы' },
  '79': { ru: 'по городу Шымкенту', town: 'г. Шымкент' },
};

const departments: CustomsBody[] = regions.map((region) => {
  const details = departmentDetails[region.code];
  if (!details) throw new Error(`no demo department for region ${region.code}`);
  return {
    code: `${region.code}000`,
    kind: 'territorial_department',
    regionCode: region.code,
    parentCode: null,
    name: {
      kk: `${region.name.kk} бойынша Мемлекеттік кірістер департаменті`,
      ru: `Департамент государственных доходов ${details.ru}`,
      en: `Department of State Revenue for ${region.name.en}`,
    },
    address: details.town,
    email: `dgd${region.code}@demo.shekara.localhost`,
    validFrom: since,
    validTo: null,
  };
});

function body(
  code: string,
  kind: CustomsBody['kind'],
  parentCode: string,
  name: CustomsBody['name'],
  address: string,
): CustomsBody {
  return {
    code,
    kind,
    regionCode: code.slice(0, 2),
    parentCode,
    name,
    address,
    email: null,
    validFrom: since,
    validTo: null,
  };
}

const offices: CustomsBody[] = [
  body(
    '75101',
    'customs_office',
    '75000',
    {
      kk: '«Алматы» кедендік ресімдеу орталығы',
      ru: 'Центр таможенного оформления «Алматы»',
      en: 'Almaty customs clearance centre',
    },
    'г. Алматы',
  ),
  body(
    '75301',
    'border_checkpoint',
    '75000',
    { kk: '«Алматы әуежайы» өткізу пункті', ru: 'Пункт пропуска «Аэропорт Алматы»', en: 'Almaty Airport checkpoint' },
    'г. Алматы',
  ),
  body(
    '71101',
    'customs_office',
    '71000',
    {
      kk: '«Астана» кедендік ресімдеу орталығы',
      ru: 'Центр таможенного оформления «Астана»',
      en: 'Astana customs clearance centre',
    },
    'г. Астана',
  ),
  body(
    '71301',
    'border_checkpoint',
    '71000',
    { kk: '«Астана әуежайы» өткізу пункті', ru: 'Пункт пропуска «Аэропорт Астана»', en: 'Astana Airport checkpoint' },
    'г. Астана',
  ),
  body(
    '79101',
    'customs_office',
    '79000',
    {
      kk: '«Шымкент» кедендік ресімдеу орталығы',
      ru: 'Центр таможенного оформления «Шымкент»',
      en: 'Shymkent customs clearance centre',
    },
    'г. Шымкент',
  ),
  body(
    '33201',
    'customs_post',
    '33000',
    { kk: '«Қорғас» кеден бекеті', ru: 'Таможенный пост «Хоргос»', en: 'Khorgos customs post' },
    'Жетысуская обл., Хоргос',
  ),
  body(
    '33301',
    'border_checkpoint',
    '33201',
    {
      kk: '«Нұр жолы» өткізу пункті (Қорғас, автомобиль)',
      ru: 'Пункт пропуска «Нур Жолы» (Хоргос, автодорожный)',
      en: 'Nur Zholy checkpoint (Khorgos, road)',
    },
    'Жетысуская обл., Хоргос',
  ),
  body(
    '33302',
    'border_checkpoint',
    '33201',
    {
      kk: '«Алтынкөл» өткізу пункті (темір жол)',
      ru: 'Пункт пропуска «Алтынколь» (железнодорожный)',
      en: 'Altynkol checkpoint (rail)',
    },
    'Жетысуская обл., ст. Алтынколь',
  ),
  body(
    '33202',
    'customs_post',
    '33000',
    { kk: '«Достық» кеден бекеті', ru: 'Таможенный пост «Достык»', en: 'Dostyk customs post' },
    'Жетысуская обл., ст. Достык',
  ),
  body(
    '33303',
    'border_checkpoint',
    '33202',
    {
      kk: '«Достық» өткізу пункті (темір жол)',
      ru: 'Пункт пропуска «Достык» (железнодорожный)',
      en: 'Dostyk checkpoint (rail)',
    },
    'Жетысуская обл., ст. Достык',
  ),
];

/** Parents before children, so each row's parent exists when it is inserted. */
export const customsBodies: readonly CustomsBody[] = [...departments, ...offices];
