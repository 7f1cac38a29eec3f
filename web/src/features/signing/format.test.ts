import { describe, expect, it } from 'vitest';
import { formatDateTime, sampleXml } from './format.ts';

describe('formatting', () => {
  it('wraps the sample text in XML without letting it become markup', () => {
    expect(sampleXml('a < b & <c/>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sample>a &lt; b &amp; &lt;c/&gt;</sample>',
    );
  });

  it('shows times in Kazakhstan’s single zone (UTC+5 since March 2024), and what it cannot read as it came', () => {
    expect(formatDateTime('2026-01-02T03:04:05Z', 'kk')).toBe('02.01.2026, 08:04:05');
    expect(formatDateTime('2026-01-02T03:04:05Z', 'en')).toBe('02/01/2026, 08:04:05');
    expect(formatDateTime('soon', 'ru')).toBe('soon');
    expect(formatDateTime(null, 'kk')).toBe('—');
  });
});
