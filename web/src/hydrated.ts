import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React takes over the prerendered home page (and in the prerender itself), true on
 * every render after: what only this browser knows (its storage) is shown after hydration, never
 * during it, where it would not match the page the server sent.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
