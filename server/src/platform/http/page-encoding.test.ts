import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressPage, pageEncoding } from './page-encoding.ts';

describe('the first page compressed as the browser accepts (issue 19 point 11)', () => {
  it('takes brotli first, then gzip, and neither when the header refuses or does not name them', () => {
    expect(pageEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pageEncoding('gzip;q=1.0, br;q=0.5')).toBe('br');
    expect(pageEncoding('gzip, deflate')).toBe('gzip');
    expect(pageEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pageEncoding('*')).toBe('br');
    expect(pageEncoding('*;q=0')).toBeUndefined();
    expect(pageEncoding('identity')).toBeUndefined();
    expect(pageEncoding('')).toBeUndefined();
    expect(pageEncoding(undefined)).toBeUndefined();
  });

  it('gives back the page itself, smaller', async () => {
    const page = `<!doctype html><main>${'<p>Декларирование товаров</p>'.repeat(200)}</main>`;
    const br = await compressPage(page, 'br');
    expect(zlib.brotliDecompressSync(br).toString()).toBe(page);
    const gz = await compressPage(page, 'gzip');
    expect(zlib.gunzipSync(gz).toString()).toBe(page);
    expect(br.length).toBeLessThan(Buffer.byteLength(page) / 10);
  });
});
