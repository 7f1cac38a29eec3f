import { lazy, type ReactNode, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createNcaLayerSigner, type FoundStorages, findStorages } from './ncalayer-signer.ts';
import { chosenStorage, fileStorage } from './ncalayer-storages.ts';
import { type DocumentSigner, isSigningError, type SignerKind, SigningError, type SignPurpose } from './signer.ts';
import { type NcaLayerStatus, SignerContext, type SignerState } from './signer-context.ts';
import { createTestSigner, keysFor } from './test-signer.ts';
import { fetchTestKeys, type TestKey } from './test-signer-api.ts';

// The key picker's dialog comes when a test key is first asked for, not with the first page's script.
const TestKeyPicker = lazy(() => import('./TestKeyPicker.tsx').then((module) => ({ default: module.TestKeyPicker })));

interface PickerRequest {
  purpose: SignPurpose;
  keys: TestKey[];
  resolve: (key: TestKey | null) => void;
}

/** Holds the user's choice of signer for the whole app, and the test signer's key picker. */
export function SignerProvider({ children }: { children: ReactNode }) {
  const [kind, setKind] = useState<SignerKind>('ncalayer');
  const [ncaLayer, setNcaLayer] = useState<NcaLayerStatus>('unknown');
  const [testKeys, setTestKeys] = useState<TestKey[] | null>(null);
  const [picker, setPicker] = useState<PickerRequest | null>(null);
  // once shown, the picker stays mounted so its dialog closes as it opened
  const [pickerWanted, setPickerWanted] = useState(false);
  const testKeysRef = useRef<TestKey[] | null>(null);
  const checking = useRef(false);
  const { i18n } = useTranslation();
  // The key storages NCALayer reported, and the one the user chose (issue 19 point 12).
  const [found, setFound] = useState<FoundStorages | null>(null);
  const [storage, setStorage] = useState<string>(fileStorage);
  const storageRef = useRef(storage);
  const preferred = useRef<string | null>(null);
  const languageRef = useRef(i18n.language);
  languageRef.current = i18n.language;

  const check = useCallback(() => {
    if (checking.current) return;
    checking.current = true;
    setNcaLayer('checking');
    // The test signer exists only when the server is in development: its key list answers 200.
    void Promise.all([findStorages(), fetchTestKeys().catch(() => null)]).then(([storages, keys]) => {
      checking.current = false;
      setNcaLayer(storages ? 'running' : 'not_running');
      setFound(storages);
      const next = chosenStorage(storages?.storages ?? [], preferred.current);
      storageRef.current = next;
      setStorage(next);
      testKeysRef.current = keys;
      setTestKeys(keys);
      if (!keys) setKind('ncalayer');
    });
  }, []);

  const ncaLayerSigner = useMemo<DocumentSigner>(() => {
    const inner = createNcaLayerSigner({ storage: () => storageRef.current, locale: () => languageRef.current });
    // A failed signing tells us as much as a probe: keep the page's guidance up to date.
    const watch = <T,>(promise: Promise<T>) =>
      promise.then(
        (result) => {
          setNcaLayer('running');
          return result;
        },
        (error: unknown) => {
          if (isSigningError(error) && error.code === 'NCALAYER_NOT_RUNNING') setNcaLayer('not_running');
          else setNcaLayer('running');
          throw error;
        },
      );
    return {
      kind: 'ncalayer',
      signCms: (input) => watch(inner.signCms(input)),
      signXml: (input) => watch(inner.signXml(input)),
    };
  }, []);

  const testSigner = useMemo(
    () =>
      createTestSigner(async (purpose) => {
        const keys = keysFor(testKeysRef.current ?? [], purpose);
        if (keys.length === 0) throw new SigningError('NO_KEY', `no ${purpose} key in the test PKI`);
        setPickerWanted(true);
        return new Promise<TestKey | null>((resolve) => setPicker({ purpose, keys, resolve }));
      }),
    [],
  );

  const choose = useCallback(
    (next: SignerKind) => setKind(next === 'test' && testKeysRef.current ? 'test' : 'ncalayer'),
    [],
  );

  const chooseStorage = useCallback((next: string) => {
    preferred.current = next;
    storageRef.current = next;
    setStorage(next);
  }, []);

  const state = useMemo<SignerState>(
    () => ({
      signer: kind === 'test' ? testSigner : ncaLayerSigner,
      kind,
      choose,
      ncaLayer,
      storages: found?.storages ?? null,
      tokensFailed: found?.tokensFailed ?? false,
      storage,
      chooseStorage,
      testKeys,
      check,
    }),
    [kind, testSigner, ncaLayerSigner, choose, ncaLayer, found, storage, chooseStorage, testKeys, check],
  );

  const settle = (key: TestKey | null) => {
    picker?.resolve(key);
    setPicker(null);
  };

  return (
    <SignerContext.Provider value={state}>
      {children}
      {pickerWanted && (
        <Suspense fallback={null}>
          <TestKeyPicker request={picker} onChoose={settle} />
        </Suspense>
      )}
    </SignerContext.Provider>
  );
}
