import { type DataReadReason, dataReadReasons } from '@shekara/contracts/accounts';
import { useSyncExternalStore } from 'react';

/**
 * Why the officer is reading other people's data on these pages (ACC-7): every read of an
 * account, its access or a declaration states a reason, which the server records and the person
 * sees. The officer chooses it on the page; it is kept for the browser tab's session
 * (sessionStorage), so it is chosen again after the tab is closed, and nothing is chosen for them.
 */
const storageKey = 'shekara.readReason';

/** A stored value as a reason, or none when it is missing or not one of the list (an old or edited value). */
export function asReadReason(value: string | null | undefined): DataReadReason | null {
  return (dataReadReasons as readonly (string | null | undefined)[]).includes(value) ? (value as DataReadReason) : null;
}

const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // a browser that forbids storage: the reason lives as long as the page
    return undefined;
  }
}

let fallback: DataReadReason | null = null;

function current(): DataReadReason | null {
  const store = storage();
  return store ? asReadReason(store.getItem(storageKey)) : fallback;
}

function choose(reason: DataReadReason | null): void {
  const store = storage();
  if (store) {
    if (reason) store.setItem(storageKey, reason);
    else store.removeItem(storageKey);
  } else fallback = reason;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reason chosen in this tab (null until the officer chooses one), and how to choose another. */
export function useReadReason(): [DataReadReason | null, (reason: DataReadReason | null) => void] {
  return [useSyncExternalStore(subscribe, current, () => null), choose];
}
