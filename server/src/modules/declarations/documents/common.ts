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
