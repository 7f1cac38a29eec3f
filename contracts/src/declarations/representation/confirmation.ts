import { canonicalJson } from '../../domain/index.ts';

/** The contract a declarant confirms: the representation's terms as the representative registered them. */
export interface RepresentationTerms {
  representativeBin: string;
  declarantIinBin: string;
  contractNumber: string;
  contractDate: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * What the declarant signs to confirm that a customs representative acts for it (ACC-9): the
 * canonical JSON of the contract's terms and of the act itself. The browser builds the same
 * bytes from the representation it shows, so what is signed is what was read, and a signature
 * over other terms — another representative, another period — does not confirm this one.
 */
export function representationConfirmationPayload(terms: RepresentationTerms): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      act: 'confirm_customs_representation',
      representativeBin: terms.representativeBin,
      declarantIinBin: terms.declarantIinBin,
      contractNumber: terms.contractNumber,
      contractDate: terms.contractDate,
      validFrom: terms.validFrom,
      validTo: terms.validTo,
    }),
  );
}
