import { createContext, useContext } from 'react';
import type { DocumentSigner, SignerKind } from './signer.ts';
import type { TestKey } from './test-signer-api.ts';

/** 'unknown' until a page that signs asks; nothing connects to NCALayer on pages that do not sign. */
export type NcaLayerStatus = 'unknown' | 'checking' | 'running' | 'not_running';

export interface SignerState {
  /** The signer the user chose; sign with this. */
  signer: DocumentSigner;
  kind: SignerKind;
  /** Only 'ncalayer' unless the server offers the test signer (development). */
  choose(kind: SignerKind): void;
  ncaLayer: NcaLayerStatus;
  /** The key storages NCALayer reported — the file, then each plugged-in token — or null before it answered. */
  storages: string[] | null;
  /** NCALayer did not say which tokens are plugged in: only the file is offered. */
  tokensFailed: boolean;
  /** The storage NCALayer signs with: the file unless the user chose a token. */
  storage: string;
  chooseStorage(storage: string): void;
  /** The development test signer's keys; null when the server has none (production). */
  testKeys: TestKey[] | null;
  /** Looks again for NCALayer and for the test signer, e.g. after the user started NCALayer. */
  check(): void;
}

export const SignerContext = createContext<SignerState | null>(null);

export function useSigner(): SignerState {
  const state = useContext(SignerContext);
  if (!state) throw new Error('useSigner() needs a <SignerProvider> above it');
  return state;
}
