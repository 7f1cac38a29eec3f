import type { z } from 'zod';
import { type CustomsValueDeclaration1, customsValueDeclaration1 } from './customs-value-1.ts';
import { type CustomsValueDeclaration2, customsValueDeclaration2 } from './customs-value-2.ts';
import { type DeliveryControlDocument, deliveryControlDocument } from './delivery-control.ts';
import { type GoodsDeclaration, goodsDeclaration } from './goods.ts';
import type { DeclarationKind } from './kinds.ts';
import { type PassengerDeclaration, passengerDeclaration } from './passenger.ts';
import { type PreliminaryInformation, preliminaryInformation } from './preliminary.ts';
import { type ReleaseBeforeDeclaration, releaseBeforeDeclaration } from './release-before-declaration.ts';
import { type TemporaryVehicleApplication, temporaryVehicleApplication } from './temporary-vehicle.ts';
import { type TransactionPassport, transactionPassport } from './transaction-passport.ts';
import { type TransitDeclaration, transitDeclaration } from './transit.ts';
import { type VehicleDeclaration, vehicleDeclaration } from './vehicle.ts';

/**
 * Every kind's model (issue 6 point 1), shared with the web app: nothing here imports Node. A
 * model bounds shape and size; presence and formats are format-logical control's (../control).
 */
export interface DocumentOfKind {
  goods: GoodsDeclaration;
  transit: TransitDeclaration;
  vehicle: VehicleDeclaration;
  preliminary: PreliminaryInformation;
  release_before_declaration: ReleaseBeforeDeclaration;
  temporary_vehicle: TemporaryVehicleApplication;
  customs_value_1: CustomsValueDeclaration1;
  customs_value_2: CustomsValueDeclaration2;
  delivery_control: DeliveryControlDocument;
  transaction_passport: TransactionPassport;
  passenger: PassengerDeclaration;
}
export type AnyDocument = DocumentOfKind[DeclarationKind];

export const documentSchemas: { [K in DeclarationKind]: z.ZodType<DocumentOfKind[K]> } = {
  goods: goodsDeclaration,
  transit: transitDeclaration,
  vehicle: vehicleDeclaration,
  preliminary: preliminaryInformation,
  release_before_declaration: releaseBeforeDeclaration,
  temporary_vehicle: temporaryVehicleApplication,
  customs_value_1: customsValueDeclaration1,
  customs_value_2: customsValueDeclaration2,
  delivery_control: deliveryControlDocument,
  transaction_passport: transactionPassport,
  passenger: passengerDeclaration,
};

/** At most this many of a refused document's issues are returned: a 999-item paste can have thousands. */
export const maxReportedIssues = 50;

export interface DocumentIssue {
  path: string;
  message: string;
}

/** The document as its kind's model reads it, or its issues (at most maxReportedIssues of them) and how many there were in all. */
export function readDocument<K extends DeclarationKind>(
  kind: K,
  value: unknown,
): { ok: true; document: DocumentOfKind[K] } | { ok: false; issues: DocumentIssue[]; count: number } {
  const result = documentSchemas[kind].safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  const issues: DocumentIssue[] = result.error.issues.slice(0, maxReportedIssues).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, issues, count: result.error.issues.length };
}

/** The IIN/BIN of the person each kind names as its declarant or applicant, or null when not yet given. */
export function declarantOf(kind: DeclarationKind, document: AnyDocument): string | null {
  const d = document as Partial<Record<'declarant' | 'applicant' | 'resident', { iinBin?: string } | undefined>>;
  const named =
    kind === 'release_before_declaration' || kind === 'temporary_vehicle'
      ? d.applicant
      : kind === 'transaction_passport'
        ? d.resident
        : d.declarant;
  return named?.iinBin || null;
}

/** The document's date (YYYY-MM-DD) its filler gives — box 54 for goods — or null; classifiers and rates are judged on it. */
export function documentDateOf(_kind: DeclarationKind, document: AnyDocument): string | null {
  return (document as { filler?: { date?: string } }).filler?.date || null;
}

export type { Party } from './common.ts';
export * from './customs-value-1.ts';
export * from './customs-value-2.ts';
export * from './delivery-control.ts';
export * from './goods.ts';
export * from './kinds.ts';
export * from './passenger.ts';
export * from './preliminary.ts';
export * from './release-before-declaration.ts';
export * from './temporary-vehicle.ts';
export * from './transaction-passport.ts';
export * from './transit.ts';
export * from './vehicle.ts';
