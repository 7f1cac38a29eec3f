/** The V8 flags the server runs with (see server-flags.mjs). */
export declare const serverNodeFlags: readonly string[];
