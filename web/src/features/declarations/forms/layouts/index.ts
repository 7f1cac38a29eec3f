import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { KindLayout } from '../layout.ts';
import { customsValue1Layout } from './customs-value-1.ts';
import { customsValue2Layout } from './customs-value-2.ts';
import { deliveryControlLayout } from './delivery-control.ts';
import { passengerLayout } from './passenger.ts';
import { preliminaryLayout } from './preliminary.ts';
import { releaseBeforeDeclarationLayout } from './release-before-declaration.ts';
import { temporaryVehicleLayout } from './temporary-vehicle.ts';
import { transactionPassportLayout } from './transaction-passport.ts';
import { transitLayout } from './transit.ts';
import { vehicleLayout } from './vehicle.ts';

/** The layouts of the kinds the generic form shows; the goods declaration has its own editor. A kind missing here still gets a form, in the model's order. */
export const kindLayouts: Partial<Record<DeclarationKind, KindLayout>> = {
  transit: transitLayout,
  vehicle: vehicleLayout,
  preliminary: preliminaryLayout,
  release_before_declaration: releaseBeforeDeclarationLayout,
  temporary_vehicle: temporaryVehicleLayout,
  customs_value_1: customsValue1Layout,
  customs_value_2: customsValue2Layout,
  delivery_control: deliveryControlLayout,
  transaction_passport: transactionPassportLayout,
  passenger: passengerLayout,
};
