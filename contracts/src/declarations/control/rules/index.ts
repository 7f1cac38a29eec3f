import type { Rule } from '../engine.ts';
import { customsValue1Spec, customsValue2Spec, customsValueRules } from './customs-value.ts';
import { deliveryControlRules, deliveryControlSpec } from './delivery-control.ts';
import { goodsCodeRules } from './goods-codes.ts';
import { goodsFormatRules } from './goods-formats.ts';
import { goodsHeaderRules } from './goods-header.ts';
import { goodsItemRules } from './goods-items.ts';
import { goodsPartyRules } from './goods-parties.ts';
import { goodsPaymentRules } from './goods-payments.ts';
import { goodsTotalRules } from './goods-totals.ts';
import { identityRules } from './identity.ts';
import type { KindSpec } from './kind-spec.ts';
import { linkRules } from './links.ts';
import { officeRulesOfEveryKind } from './office.ts';
import { passengerRules, passengerSpec } from './passenger.ts';
import { preliminaryRules, preliminarySpec } from './preliminary.ts';
import { releaseBeforeDeclarationRules, releaseBeforeDeclarationSpec } from './release-before-declaration.ts';
import { temporaryVehicleRules, temporaryVehicleSpec } from './temporary-vehicle.ts';
import { transactionPassportRules, transactionPassportSpec } from './transaction-passport.ts';
import { transitRules, transitSpec } from './transit.ts';
import { vehicleRules, vehicleSpec } from './vehicle.ts';

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
  ...(goodsPaymentRules as readonly Rule[]),
  ...transitRules,
  ...vehicleRules,
  ...preliminaryRules,
  ...releaseBeforeDeclarationRules,
  ...temporaryVehicleRules,
  ...customsValueRules,
  ...deliveryControlRules,
  ...transactionPassportRules,
  ...linkRules,
  ...passengerRules,
];

/** Where each kind beside the goods declaration keeps its boxes (kind-spec.ts). */
export const kindSpecs: readonly KindSpec[] = [
  transitSpec,
  vehicleSpec,
  preliminarySpec,
  releaseBeforeDeclarationSpec,
  temporaryVehicleSpec,
  customsValue1Spec,
  customsValue2Spec,
  deliveryControlSpec,
  transactionPassportSpec,
  passengerSpec,
];
