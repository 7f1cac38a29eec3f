import { describe, expect, it } from 'vitest';
import { emptyForm, inputOf, instant, localInput, suggestedSlug } from './item-form.ts';

describe('the portal editor’s form (issue 5 point 9)', () => {
  it('turns local times into instants and back', () => {
    const iso = instant('2026-11-22T10:30')!;
    expect(localInput(iso)).toBe('2026-11-22T10:30');
    expect(instant('')).toBeNull();
  });

  it('sends a notice’s window only for notices and empty texts as null', () => {
    const form = {
      ...emptyForm(),
      slug: ' works ',
      startsAt: '2026-11-22T01:00',
      endsAt: '2026-11-22T05:00',
      version: ' ',
    };
    expect(inputOf(form, 'notice')).toMatchObject({
      slug: 'works',
      startsAt: instant('2026-11-22T01:00'),
      version: null,
      publishedAt: null,
    });
    expect(inputOf(form, 'news')).toMatchObject({ startsAt: null, endsAt: null });
  });

  it('suggests a slug from the English title', () => {
    expect(suggestedSlug('New VAT rate: 16% from 1 January!')).toBe('new-vat-rate-16-from-1-january');
  });
});
