import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../bundle.mjs';
import { codeVersion } from './code-version.ts';

describe('the version of the running code', () => {
  it('is null from the sources, where nothing may be skipped on its strength', () => {
    expect(codeVersion()).toBeNull();
  });

  it('is written into the bundle in place of its placeholder, the same in every chunk', async () => {
    const dist = path.dirname(fileURLToPath(await bundled('main')));
    const chunks = fs.readdirSync(dist).filter((name) => name.endsWith('.mjs'));
    const texts = chunks.map((name) => fs.readFileSync(path.join(dist, name), 'utf8'));
    expect(texts.some((text) => text.includes('SHEKARA-CODE-VERSION-PLACEHOLDER'))).toBe(false);
    const inputs = JSON.parse(fs.readFileSync(path.join(dist, 'inputs.json'), 'utf8'));
    expect(Object.keys(inputs.inputs)).toContain('server/src/platform/code-version.ts');
    const versions = new Set(
      texts.flatMap((text) =>
        // `return true ? "…" : null` as written, `return"…"` as the minifier leaves it
        [...text.matchAll(/function codeVersion\(\)\s*\{\s*return\s*(?:true \? )?"([\w-]{32})"/g)].map((m) => m[1]),
      ),
    );
    expect(versions.size).toBe(1);
  });
});
