import type { Me } from '../features/session/me.ts';

/** A page in the header's menus: where it is, what it says, and a count beside it (unread decisions). */
export interface MenuEntry {
  key: string;
  path: string;
  label: string;
  /** a count beside the name: unread decisions */
  count?: number;
}

/** One of the user's own areas (the cabinet, the officer's workplace, administration) with its pages. */
export type AreaMenu = { area: string; entries: MenuEntry[] };

/** How the header names the user: their name from the certificate, else their login, else the IIN/BIN. */
export function nameOf(me: Me): string {
  return me.displayName ?? me.login ?? me.iinBin;
}
