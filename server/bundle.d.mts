/** The file URL of the server's or the command line's bundle, made first when a source has changed. */
export function bundled(entry: 'main' | 'cli'): Promise<string>;
