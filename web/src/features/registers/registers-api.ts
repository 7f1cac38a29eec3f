import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { operatorRegisterRoutes } from '@shekara/contracts/registers';
import { call } from '../../api/client.ts';

// The officers' editor of the registers (contracts/src/registers/routes.ts).

export type RegisterEntry = RouteOutput<typeof operatorRegisterRoutes.add>;
export type EntryQuery = NonNullable<RouteInput<typeof operatorRegisterRoutes.list>['query']>;
export type NewEntry = RouteInput<typeof operatorRegisterRoutes.add>['body'];

export const registerKeys = { all: ['registers'] as const, list: (q: EntryQuery) => ['registers', q] as const };

export const fetchEntries = (query: EntryQuery) => call(operatorRegisterRoutes.list, { query });

export const addEntry = (body: NewEntry) => call(operatorRegisterRoutes.add, { body });

export const endEntry = (id: string, validTo: string, reason: string) =>
  call(operatorRegisterRoutes.end, { params: { id }, body: { validTo, reason } });
