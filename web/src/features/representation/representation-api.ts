import { representationRoutes } from '@shekara/contracts/declarations/representation';
import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { call } from '../../api/client.ts';

// The declarant's side of customs representation (contracts/src/declarations/representation/routes.ts).

export type Representation = RouteOutput<typeof representationRoutes.ofMe>['items'][number];

export const representationKeys = { ofMe: ['representation', 'of-me'] as const };

export const fetchRepresentationsOfMe = async () => (await call(representationRoutes.ofMe)).items;

const keyOf = (r: Representation) => ({ representativeBin: r.representativeBin, contractNumber: r.contractNumber });

/** The declarant confirms a representation with its signature over the terms it was shown. */
export const confirmRepresentation = (r: Representation, signature: string) =>
  call(representationRoutes.confirm, { params: keyOf(r), body: { signature } });

/** The declarant ends a representation today, confirmed or not. */
export const endRepresentation = (r: Representation) =>
  call(representationRoutes.endByDeclarant, { params: keyOf(r), body: {} });

export type PaperRepresentation = RouteInput<typeof representationRoutes.enterFromPaper>['body'];

export const officerRepresentationKeys = { naming: (iinBin: string) => ['representation', 'naming', iinBin] as const };

/** An officer: the representations naming an IIN/BIN, as representative or declarant. */
export const fetchRepresentationsNaming = async (iinBin: string) =>
  (await call(representationRoutes.naming, { query: { iinBin } })).items;

/** An officer enters a representation from the paper contract the declarant signed. */
export const enterFromPaper = (body: PaperRepresentation) => call(representationRoutes.enterFromPaper, { body });
