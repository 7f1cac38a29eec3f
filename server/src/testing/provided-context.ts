/** Values the global test setup hands to every suite through vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A dumped, migrated PGlite data directory that suites start from. */
    pgliteTemplate: string;
    /** The same before any migration. */
    pgliteEmptyTemplate: string;
  }
}

export {};
