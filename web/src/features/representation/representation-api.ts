import { representationRoutes } from '@shekara/contracts/declarations/representation';
import type { RouteOutput } from '@shekara/contracts/http';
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
