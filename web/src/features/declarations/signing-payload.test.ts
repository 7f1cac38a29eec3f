import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSigningPayload } from './signing-payload.ts';

describe('the document shown before signing is read from the bytes signed (issue 19 point 3)', () => {
  it('parses the payload and hashes exactly its bytes', async () => {
    const json = '{"declarationId":"d1","document":{"reference":"Қазақстан"},"kind":"goods","schemaVersion":1}';
    const bytes = Buffer.from(json, 'utf8');
    const payload = await readSigningPayload(bytes.toString('base64'));
    expect(payload.document).toEqual({ reference: 'Қазақстан' });
    expect(payload.kind).toBe('goods');
    expect(Buffer.from(payload.bytes).equals(bytes)).toBe(true);
    expect(payload.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
