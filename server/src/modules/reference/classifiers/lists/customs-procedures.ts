import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';
import rows from './customs-procedures.json' with { type: 'json' };

/**
 * Customs procedures of the EAEU Customs Code (art. 127) with the codes of the classifier of
 * customs procedures (Commission Decision No. 378, Annex 1) that box 37 of a declaration carries.
 * 00 is how box 37 says "no previous procedure".
 */
const procedures = rows as [code: string, kk: string, ru: string, en: string][];

export const customsProcedureItems: ClassifierItem[] = procedures.map(([code, ...name]) => bundledItem(code, name));
