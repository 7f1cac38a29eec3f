import { type ClassifierItem, type ClassifierName, classifierNames } from '@shekara/contracts/reference';
import type { Queryable } from '../../../platform/db/database.ts';
import { listVatRates } from '../tariffs/index.ts';
import { countClassifierItems, listClassifierItems } from './repository.ts';

/**
 * The items of a classifier in force on `date`. VAT rates have one source, the tariffs module's
 * table (it computes payments from it); the classifier shows them, coded by their percent.
 */
export async function classifierItemsAt(db: Queryable, name: ClassifierName, date: string): Promise<ClassifierItem[]> {
  if (name !== 'vat-rates') return listClassifierItems(db, name, date);
  return (await listVatRates(db))
    .filter((rate) => rate.validFrom <= date && (rate.validTo === null || rate.validTo >= date))
    .map((rate) => ({
      code: rate.percent,
      name: rate.name,
      validFrom: rate.validFrom,
      validTo: rate.validTo,
      extra: { percent: rate.percent, legalBasis: rate.legalBasis },
    }));
}

/** How many items each classifier has in force on `date`. */
export async function classifierCountsAt(db: Queryable, date: string): Promise<Record<ClassifierName, number>> {
  const counts = await countClassifierItems(db, date);
  const vatRates = (await classifierItemsAt(db, 'vat-rates', date)).length;
  return Object.fromEntries(
    classifierNames.map((name) => [name, name === 'vat-rates' ? vatRates : (counts.get(name) ?? 0)]),
  ) as Record<ClassifierName, number>;
}
