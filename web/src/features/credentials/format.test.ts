import { describe, expect, it } from 'vitest';
import { historyActionKey, printedDate, trimmedOrUndefined } from './format.ts';

describe('the credentials pages’ formatting', () => {
  it('prints days as DD.MM.YYYY', () => {
    expect(printedDate('2026-04-14')).toBe('14.04.2026');
    expect(printedDate(null)).toBe('');
  });

  it('names the history’s actions by catalogue key, and knows when it does not know one', () => {
    expect(historyActionKey('credentials_request.approve')).toBe('credentials.history.approve');
    expect(historyActionKey('credentials_request.letter.print')).toBe('credentials.history.letterPrint');
    expect(historyActionKey('something.else')).toBeNull();
  });

  it('leaves out empty optional fields', () => {
    expect(trimmedOrUndefined('  ')).toBeUndefined();
    expect(trimmedOrUndefined(' СГР-1 ')).toBe('СГР-1');
  });
});
