/**
 * Units a specific rate is charged per, as tariffs write them, and their codes in the EAEU
 * classifier of units of measure (the codes a declaration's supplementary quantity carries, so a
 * specific duty can be matched to the declared quantity). An unknown unit is refused, never guessed.
 */
const unitCodes: Record<string, string> = {
  г: '163',
  кг: '166',
  т: '168',
  л: '112',
  см3: '111',
  мл: '111',
  'см3, мл': '111',
  м: '006',
  м2: '055',
  м3: '113',
  шт: '796',
  пар: '715',
  пара: '715',
  пары: '715',
  '1000 шт': '798',
  'тыс. шт': '798',
  'л 100% спирта': '831',
  'л безводного спирта': '831',
  'л.с.': '251',
  квт: '214',
};

/** The EAEU unit code of a unit as written after "за 1" (case and spacing ignored), or undefined. */
export function unitCode(written: string): string | undefined {
  const key = written
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/см³/g, 'см3')
    .replace(/м²/g, 'м2')
    .replace(/м³/g, 'м3')
    .trim();
  return unitCodes[key];
}
