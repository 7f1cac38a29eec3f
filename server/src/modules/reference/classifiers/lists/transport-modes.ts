import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';
import rows from './transport-modes.json' with { type: 'json' };

/** Modes of transport (Commission Decision No. 378, classifier of transport modes): boxes 25 and 26. */
const modes = rows as [code: string, kk: string, ru: string, en: string][];

export const transportModeItems: ClassifierItem[] = modes.map(([code, ...name]) => bundledItem(code, name));
