/** A name in Kazakh, Russian and English, as every reference view gives it. */
interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

/** The same name as reference tables hold it: one column a language. */
export interface NameColumns {
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** The name columns' SQL types, for `bulkUpsert`. */
export const nameColumnTypes = { name_kk: 'text', name_ru: 'text', name_en: 'text' } as const;

export function nameOf(row: NameColumns): LocalizedName {
  return { kk: row.name_kk, ru: row.name_ru, en: row.name_en };
}

export function nameColumns(name: LocalizedName): NameColumns {
  return { name_kk: name.kk, name_ru: name.ru, name_en: name.en };
}
