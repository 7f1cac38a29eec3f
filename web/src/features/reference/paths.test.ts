import { describe, expect, it } from 'vitest';
import { tnvedCodePath, withQuery } from './paths.ts';

describe('links to the reference pages (issue 5 point 9)', () => {
  it('carry the query and the date, so a shared link shows the same', () => {
    expect(withQuery(tnvedCodePath('0805'), { date: '2026-07-01', q: 'цитрусовые плоды' })).toBe(
      '/reference/tnved/0805?date=2026-07-01&q=%D1%86%D0%B8%D1%82%D1%80%D1%83%D1%81%D0%BE%D0%B2%D1%8B%D0%B5+%D0%BF%D0%BB%D0%BE%D0%B4%D1%8B',
    );
  });

  it('leave out what is empty', () => {
    expect(withQuery('/reference/tnved', { q: '', date: undefined })).toBe('/reference/tnved');
  });
});
