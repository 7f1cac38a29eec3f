/** How an explanation names the EAEU units of measure a specific rate is charged per. */
const unitNames: Record<string, string> = {
  '163': 'г',
  '166': 'кг',
  '168': 'т',
  '112': 'л',
  '111': 'см3',
  '006': 'м',
  '055': 'м2',
  '113': 'м3',
  '796': 'шт',
  '715': 'пар',
  '798': '1000 шт',
  '831': 'л 100% спирта',
  '251': 'л.с.',
  '214': 'кВт',
};

export const unitName = (code: string): string => unitNames[code] ?? `ед. ${code}`;

export const kilogram = '166';
export const gram = '163';
export const tonne = '168';
