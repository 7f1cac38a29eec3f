import { z } from 'zod';

/**
 * Building blocks every kind's model shares. A model bounds the shape and size of a document so
 * that a draft can be saved half-filled; whether a value is present, well-formed and valid on the
 * document's date is format-logical control's business (../control), which names the field.
 */
export const text = (max: number) => z.string().max(max);
/** A finite number within ±1e15: no value in a declaration comes near it, and it survives JSON. */
export const amount = z.number().finite().min(-1e15).max(1e15);
export const isoDate = z.string().max(10);
export const code = (max: number) => z.string().max(max);

export const address = z
  .object({
    countryCode: code(2).optional(),
    region: text(200).optional(),
    city: text(200).optional(),
    street: text(300).optional(),
    postalCode: text(20).optional(),
  })
  .strict();

/** A person or organisation in a box: Kazakh parties carry an IIN/BIN, foreign ones may carry their own tax number. */
export const party = z
  .object({
    iinBin: text(20).optional(),
    name: text(500).optional(),
    address: address.optional(),
  })
  .strict();
export type Party = z.infer<typeof party>;

/** A supporting document (box 44 and the like): its code in the classifier of document kinds, number and date. */
export const supportingDocument = z
  .object({
    kindCode: code(10).optional(),
    number: text(100).optional(),
    date: isoDate.optional(),
    /** id of a file attached to the draft, when the document is attached */
    attachmentId: z.string().uuid().optional(),
  })
  .strict();

/** The person who fills and signs the document (box 54). */
export const filler = z
  .object({
    name: text(300).optional(),
    position: text(200).optional(),
    iin: text(12).optional(),
    phone: text(40).optional(),
    /** the document's date: classifiers and rates are judged on it */
    date: isoDate.optional(),
    place: text(200).optional(),
  })
  .strict();

export const transportMeans = z
  .object({
    modeCode: code(2).optional(),
    identification: text(100).optional(),
    countryCode: code(2).optional(),
  })
  .strict();

/** A vehicle of international transport: how it is registered, and what it is. */
export const vehicle = z
  .object({
    /** transport mode (classifier of transport modes) */
    modeCode: code(2).optional(),
    registrationNumber: text(50).optional(),
    /** country of registration (alpha-2) */
    countryCode: code(2).optional(),
    make: text(100).optional(),
    model: text(100).optional(),
    /** VIN or chassis number */
    vin: text(40).optional(),
    trailerRegistrationNumbers: z.array(text(50)).max(5).optional(),
  })
  .strict();

/** The driver of a vehicle, or the master of a vessel. */
export const driver = z
  .object({
    name: text(300).optional(),
    iin: text(12).optional(),
    passportNumber: text(50).optional(),
    countryCode: code(2).optional(),
  })
  .strict();

/** Seals or stamps put on the goods or the vehicle: how many, and their marks. */
export const seal = z
  .object({
    count: z.number().int().min(0).max(999).optional(),
    identification: text(200).optional(),
  })
  .strict();

/** Delivery terms (box 20 of the goods and transit declarations, and the DTS): the Incoterms code and place. */
export const deliveryTerms = z.object({ code: code(3).optional(), place: text(200).optional() }).strict();

/** Boxes 15–22 as the goods and the transit declaration both write them: where the goods go, on what, and on which terms. */
export const shipment = {
  /** box 15/15a: country of dispatch; box 17/17a: country of destination */
  dispatchCountry: code(2).optional(),
  destinationCountry: code(2).optional(),
  /** box 18: transport at departure or arrival; box 21: active transport crossing the border */
  departureTransport: transportMeans.optional(),
  borderTransport: transportMeans.optional(),
  /** box 19: goods carried in containers */
  containers: z.boolean().optional(),
  /** box 20: delivery terms (Incoterms code and place) */
  deliveryTerms: deliveryTerms.optional(),
  /** box 22: invoice currency and total invoice amount */
  invoiceCurrency: code(3).optional(),
  totalInvoiceAmount: amount.optional(),
};
