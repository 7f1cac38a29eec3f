/** Values the global test setups hand to every suite through vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A dumped PGlite data directory before any migration, which each test worker's PGlite starts from. */
    pgliteEmptyTemplate: string;
    /** A migrated PGlite data directory on disk, for a `DATA_DIR/pgdata` to start as a copy of. */
    pgliteTemplateDirectory: string;
    /** The same before any migration. */
    pgliteEmptyTemplateDirectory: string;
    /** Browser suite: a stopped server's data directory with the web app, test PKI, migrations and demo data made, to copy. */
    e2eTemplateDataDir: string;
    /** Browser suite: the server that the specs keeping no accounts of their own share. */
    e2eSharedServerUrl: string;
    /** Browser suite: the run's Chromium, for `chromium.connect`. */
    e2eBrowserEndpoint: string;
  }
}

export {};
