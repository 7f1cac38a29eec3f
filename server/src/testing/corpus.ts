/**
 * Real outside test data (NCA test PKI, customs schemas…) lives beside the repository in
 * ../shared/corpus, never inside it; the signature library's test helpers find it, and the
 * application's suites use the same helpers. Suites that need it skip, saying so, when it is absent.
 */
export { corpusDir, corpusMissing, readCorpusDer } from '@shekara/nca/testing';
