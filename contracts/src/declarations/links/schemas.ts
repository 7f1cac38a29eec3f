import { z } from 'zod';
import { declarationKinds } from '../documents/kinds.ts';
import { declarationStatuses } from '../status/machine.ts';

/**
 * Links between documents (ACC-16, ACC-17): a goods or transit declaration names the preliminary
 * information the goods arrived under; a goods declaration names the application for release
 * before it. Registering the later declaration closes the earlier document.
 */
export const linkRelations = ['preliminary_information', 'release_before_declaration'] as const;
export type LinkRelation = (typeof linkRelations)[number];

/** The other document of a link, as a view of one declaration shows it. */
export const linkedDocument = z.object({
  relation: z.enum(linkRelations),
  kind: z.enum(declarationKinds),
  registrationNumber: z.string().nullable(),
  linkedAt: z.string(),
});
export type LinkedDocument = z.infer<typeof linkedDocument>;

export const declarationLinks = z.object({
  /** the earlier documents this declaration names (the preliminary information, the release before it) */
  follows: z.array(linkedDocument),
  /** the declarations that named this document and closed it */
  followedBy: z.array(linkedDocument),
});
export type DeclarationLinks = z.infer<typeof declarationLinks>;

/** Releases before the goods declaration whose term passed with no goods declaration naming them (ACC-17). */
export const overdueReleasesResponse = z.object({
  /** the day (Almaty) the terms were judged on: a term before it has passed */
  asOf: z.string(),
  releases: z.array(
    z.object({
      id: z.string(),
      registrationNumber: z.string(),
      customsOffice: z.string(),
      status: z.enum(declarationStatuses),
      declarantIinBin: z.string().nullable(),
      /** the day by which the goods declaration was to be filed (the application's term) */
      declarationDueDate: z.string(),
      registeredAt: z.string(),
    }),
  ),
});
