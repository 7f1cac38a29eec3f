import { z } from 'zod';

/**
 * The application for access to the Web-declarant complex, Annex 1 of Order 385 (WD-17, WD-35):
 * the taxpayer number is the IIN/BIN that replaced the RNN, and the applicant states the number
 * of workplaces (WD-21, WD-25). Strings are taken exactly as sent, never trimmed, because online
 * they are compared with what the applicant signed.
 */
export const applicantKinds = ['legal_entity', 'individual_entrepreneur', 'individual'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];

const text = (max: number) => z.string().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const applicationFields = z
  .object({
    applicantKind: z.enum(applicantKinds),
    fullName: text(500),
    shortName: text(200),
    /** 8 digits for a legal entity, 10 for an individual entrepreneur; an individual may have none */
    okpo: z.string().max(20).optional(),
    /** IIN or BIN, in place of the RNN of the 2010 form */
    taxpayerNumber: z.string().max(20),
    legalAddress: text(500),
    actualAddress: text(500),
    phones: z.array(text(40)).min(1).max(5),
    email: z.string().max(254),
    workplaces: z.number().int().min(1).max(100),
    /** consent to clauses 19–35 of the rules */
    consentToRules: z.literal(true),
    /** the letter with the security-sticker code the applicant refers to */
    stickerLetter: z.object({ number: text(50), date: isoDate, stickerCode: text(50) }).strict(),
    /** the territorial department the application is addressed to */
    customsBodyCode: z.string().regex(/^\d{5}$/, '5 digits'),
    applicationDate: isoDate,
    /** the head of the legal entity, or the individual */
    signatoryName: text(300),
  })
  .strict();

export type ApplicationFields = z.infer<typeof applicationFields>;
