import type { ZodApp } from './types.ts';

/** How a raw body is read: the media types accepted, as bytes or text, and how large it may be. */
interface RawBody {
  types: string | string[];
  parseAs: 'buffer' | 'string';
  bodyLimit?: number;
}

/**
 * Routes whose body is a file as it is (its bytes or its text) rather than JSON. They are
 * registered in a context of their own, so no other route reads raw bodies.
 */
export async function rawBodyRoutes(app: ZodApp, body: RawBody, register: (raw: ZodApp) => void): Promise<void> {
  const { types, parseAs, bodyLimit } = body;
  await app.register(async (raw: ZodApp) => {
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser(
      types,
      bodyLimit === undefined ? { parseAs } : { parseAs, bodyLimit },
      (_request, content, done) => done(null, content),
    );
    register(raw);
  });
}
