import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';
import rows from './payment-types.json' with { type: 'json' };

/**
 * Types of customs and other payments (Commission Decision No. 378, Annex 9) that box 47 and
 * payment documents carry. Excise taxes take codes in the 4xxx range; this list holds the general
 * one. Kept as data: a new code is a new row, not a change of code.
 */
const paymentTypes = rows as [code: string, kk: string, ru: string, en: string][];

export const paymentTypeItems: ClassifierItem[] = paymentTypes.map(([code, ...name]) => bundledItem(code, name));
