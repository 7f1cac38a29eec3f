// The structure of an IIN/BIN is the signature library's knowledge (it reads them from NCA
// certificates); forms check the same rules, so the contract re-exports that one definition
// rather than keeping a copy. The file is plain TypeScript and safe in the browser.
export * from '@shekara/nca/iin-bin';
