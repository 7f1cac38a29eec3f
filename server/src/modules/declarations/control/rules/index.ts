import type { Rule } from '../engine.ts';
import { goodsCodeRules } from './goods-codes.ts';
import { goodsFormatRules } from './goods-formats.ts';
import { goodsHeaderRules } from './goods-header.ts';
import { goodsItemRules } from './goods-items.ts';
import { goodsPartyRules } from './goods-parties.ts';
import { goodsTotalRules } from './goods-totals.ts';
import { identityRules } from './identity.ts';
import { officeRulesOfEveryKind } from './office.ts';

/**
 * Every rule, in the order findings are reported: where the document goes and who signs it, then
 * each kind's rules from the header down to its totals.
 */
export const rulesInOrder: readonly Rule[] = [
  ...officeRulesOfEveryKind,
  ...identityRules,
  ...(goodsHeaderRules as readonly Rule[]),
  ...(goodsPartyRules as readonly Rule[]),
  ...(goodsFormatRules as readonly Rule[]),
  ...(goodsCodeRules as readonly Rule[]),
  ...(goodsItemRules as readonly Rule[]),
  ...(goodsTotalRules as readonly Rule[]),
];
