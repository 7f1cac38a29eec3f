import { describe, expect, it } from 'vitest';
import { historyActionKey, trimmedOrUndefined } from './format.ts';

describe('the credentials pages’ formatting', () => {
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
