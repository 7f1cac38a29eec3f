import type { DeclarationKind, DocumentOfKind, PreliminarySubkind } from '@shekara/contracts/declarations/documents';
import { parseIinBin } from '@shekara/contracts/domain';
import { type DemoOptions, demoGoodsDeclaration } from './demo-goods.ts';
import { demoPassengerDeclaration } from './demo-passenger.ts';
import { type DemoRandom, demoRandom } from './demo-random.ts';
import {
  demoDeliveryControlDocument,
  demoPreliminaryInformation,
  demoTemporaryVehicleApplication,
  demoTransitDeclaration,
  demoVehicleDeclaration,
} from './demo-transport-kinds.ts';
import {
  demoCustomsValueDeclaration1,
  demoCustomsValueDeclaration2,
  demoReleaseBeforeDeclaration,
  demoTransactionPassport,
} from './demo-value-kinds.ts';

/**
 * A document of any kind that passes format-logical control against the bundled demo reference
 * data (issue 6 point 13): for tests, benchmarks, and anyone trying the API. The same options and
 * seed give the same document, here and in the browser (no Node imports).
 */
export interface DemoDocumentOptions extends DemoOptions {
  /** 1..999: goods items, or lines of goods carried; a transaction passport's amount grows with it */
  items: number;
  /** IIN or BIN of the declarant or applicant */
  declarant: string;
  /** 5-digit code of the customs body the document is filed at */
  office: string;
  /** YYYY-MM-DD: the document's date (box 54) */
  date: string;
  seed?: number;
  /** for `preliminary`: which of its subkinds; the arrival notification unless said */
  subkind?: PreliminarySubkind;
}

const makers: { [K in DeclarationKind]: (random: DemoRandom, options: DemoDocumentOptions) => DocumentOfKind[K] } = {
  goods: demoGoodsDeclaration,
  transit: demoTransitDeclaration,
  vehicle: demoVehicleDeclaration,
  preliminary: (random, options) =>
    demoPreliminaryInformation(random, options, options.subkind ?? 'arrival_notification'),
  release_before_declaration: demoReleaseBeforeDeclaration,
  temporary_vehicle: demoTemporaryVehicleApplication,
  customs_value_1: demoCustomsValueDeclaration1,
  customs_value_2: demoCustomsValueDeclaration2,
  delivery_control: demoDeliveryControlDocument,
  transaction_passport: demoTransactionPassport,
  passenger: demoPassengerDeclaration,
};

/** Throws RangeError naming the option that cannot make a valid document. */
export function demoDocument<K extends DeclarationKind>(kind: K, options: DemoDocumentOptions): DocumentOfKind[K] {
  const { items, declarant, office, date, seed = 1 } = options;
  if (!Number.isInteger(items) || items < 1 || items > 999)
    throw new RangeError(`items must be a whole number from 1 to 999, not ${items}`);
  if (!parseIinBin(declarant).valid)
    throw new RangeError(`declarant must be a valid IIN or BIN, not ${JSON.stringify(declarant)}`);
  if (!/^\d{5}$/.test(office))
    throw new RangeError(`office must be a 5-digit customs body code, not ${JSON.stringify(office)}`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    throw new RangeError(`date must be a day as YYYY-MM-DD, not ${JSON.stringify(date)}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  return makers[kind](demoRandom(seed), options);
}
