import type { FastifyInstance } from 'fastify';
import { PlatformErrors } from '../errors.ts';

/**
 * Refuses, before validation, a request whose path, query or JSON body holds text that PostgreSQL
 * cannot store or that is not Unicode: a NUL character, or half of a surrogate pair. Either used
 * to reach the database and come back as a 500 (`customs-offices?q=%00`); now the request is
 * refused with INVALID_TEXT naming where (issue 14 point 11). Bodies that are bytes (XML, CMS,
 * files) are not text here: their own parsers judge them.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const;
    for (const [part, value] of parts) {
      const path = illFormedTextAt(value);
      if (path === null) continue;
      const field = path ? `${part}.${path}` : part;
      throw PlatformErrors.INVALID_TEXT({ field }, { details: [{ in: part, path, issue: 'invalid_text' }] });
    }
  });
}

/**
 * Where in `value` the first string or key holding NUL or a lone surrogate is (a dotted path, ''
 * for `value` itself), or null when there is none. Walks plain objects and arrays only, and
 * without recursion, so a body nested thousands deep cannot overflow the stack.
 */
export function illFormedTextAt(value: unknown): string | null {
  const pending: Array<[unknown, string]> = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (illFormed(current)) return path;
      continue;
    }
    if (!isPlainContainer(current)) continue;
    for (const [key, inner] of Object.entries(current)) {
      const at = path ? `${path}.${key}` : key;
      if (illFormed(key)) return at;
      pending.push([inner, at]);
    }
  }
  return null;
}

/** What parsers make: arrays, objects of JSON (Object's), and of the query string (no constructor at all). */
function isPlainContainer(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const made = (value as { constructor?: unknown }).constructor;
  return Array.isArray(value) || made === Object || made === undefined;
}

// String.prototype.isWellFormed: Node 20 has it; TypeScript's ES2023 library does not name it yet.
const illFormed = (text: string) =>
  text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();
