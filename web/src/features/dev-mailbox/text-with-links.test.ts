import { describe, expect, it } from 'vitest';
import { splitLinks } from './text-with-links.ts';

describe('splitLinks', () => {
  it('cuts a message text into plain pieces and links, leaving sentence punctuation outside the link', () => {
    expect(splitLinks('Растау: http://localhost:8080/register/confirm?token=t1. Ссылка действует 24 часа.')).toEqual([
      { text: 'Растау: ' },
      { link: 'http://localhost:8080/register/confirm?token=t1' },
      { text: '. Ссылка действует 24 часа.' },
    ]);
    expect(splitLinks('https://a.kz/x')).toEqual([{ link: 'https://a.kz/x' }]);
    expect(splitLinks('no links')).toEqual([{ text: 'no links' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
