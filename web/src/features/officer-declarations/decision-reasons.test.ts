import { describe, expect, it } from 'vitest';
import {
  maxReasonLength,
  maxReasons,
  reasonFormOf,
  reasonProblems,
  reasonsFor,
  textReasons,
} from './decision-reasons.ts';

const known = ['10', '20', '30'];
const none = { text: '', codes: [] };

describe('reasons of an officer’s decision (issue 6 point 8)', () => {
  it('a correction request and a refusal of release take the officer’s words; a refusal of registration takes codes', () => {
    expect(reasonFormOf('request_correction')).toBe('text');
    expect(reasonFormOf('refuse_release')).toBe('text');
    expect(reasonFormOf('refuse_registration')).toBe('codes');
    for (const decision of ['accept', 'release', 'release_conditionally'] as const)
      expect(reasonFormOf(decision)).toBe('none');
  });

  it('reads one reason a line, ignoring blank lines and surrounding spaces', () => {
    expect(textReasons('  Box 33: wrong code \n\n\r\nBox 45: value too low  ')).toEqual([
      'Box 33: wrong code',
      'Box 45: value too low',
    ]);
  });

  it('sends no reasons for a decision that takes none, even when some were typed', () => {
    expect(reasonsFor('accept', { text: 'x', codes: ['10'] })).toBeUndefined();
    expect(reasonProblems('release', none, known)).toEqual([]);
  });

  it('requires at least one reason for a correction request, a refusal of registration and a refusal of release', () => {
    expect(reasonProblems('request_correction', { text: ' \n ', codes: [] }, known)).toEqual(['reasonsRequired']);
    expect(reasonProblems('refuse_release', none, known)).toEqual(['reasonsRequired']);
    expect(reasonProblems('refuse_registration', none, known)).toEqual(['reasonsRequired']);
    expect(reasonProblems('request_correction', { text: 'Box 31 is empty', codes: [] }, known)).toEqual([]);
  });

  it('bounds the number and length of reasons', () => {
    const many = Array.from({ length: maxReasons + 1 }, (_, i) => `reason ${i}`).join('\n');
    expect(reasonProblems('request_correction', { text: many, codes: [] }, known)).toEqual(['tooManyReasons']);
    expect(reasonProblems('refuse_release', { text: 'x'.repeat(maxReasonLength + 1), codes: [] }, known)).toEqual([
      'reasonTooLong',
    ]);
    expect(reasonProblems('refuse_release', { text: 'x'.repeat(maxReasonLength), codes: [] }, known)).toEqual([]);
  });

  it('allows the longest reasons the server takes, all of them together (they travel in a request body)', () => {
    const line = 'ж'.repeat(maxReasonLength);
    expect(
      reasonProblems(
        'request_correction',
        { text: Array.from({ length: maxReasons }, () => line).join('\n'), codes: [] },
        known,
      ),
    ).toEqual([]);
  });

  it('takes only codes from the server’s list, each once', () => {
    expect(reasonsFor('refuse_registration', { text: '', codes: ['10', '20', '10'] })).toEqual(['10', '20']);
    expect(reasonProblems('refuse_registration', { text: '', codes: ['10', '99'] }, known)).toEqual([
      'unknownReasonCode',
    ]);
  });
});
