import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleAttributeHashes } from './security-headers.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the style attributes of a prerendered page, allowed by their hashes (issue 19 point 11)', () => {
  it('hashes each distinct value as the browser reads it, its character references undone', () => {
    const page =
      '<div style="--group-gap:var(--mantine-spacing-md);flex-shrink:0"><a style="font-family:&quot;Noto Sans&quot;, Arial">' +
      '</a><p style="--group-gap:var(--mantine-spacing-md);flex-shrink:0"></p><span data-style="x"></span></div>';
    expect(styleAttributeHashes(page)).toEqual([
      sha256('--group-gap:var(--mantine-spacing-md);flex-shrink:0'),
      sha256('font-family:"Noto Sans", Arial'),
    ]);
    expect(styleAttributeHashes('<p>no styles</p>')).toEqual([]);
  });

  it('names them with unsafe-hashes in style-src only, never unsafe-inline', () => {
    const policy = contentSecurityPolicy('n0nce', ["'sha256-abc='"]);
    expect(policy).toContain("style-src 'self' 'nonce-n0nce' 'unsafe-hashes' 'sha256-abc='");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy('n0nce')).not.toContain('unsafe-hashes');
  });
});
