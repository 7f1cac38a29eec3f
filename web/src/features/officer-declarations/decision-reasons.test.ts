import { describe, expect, it } from 'vitest';
import {
  maxReasonLength,
  maxReasons,
  reasonFormOf,
  reasonProblems,
  reasonsFor,
  textReasons,
} from './decision-reasons.ts';

describe('reasons of an officer’s decision (issue 6 point 8)', () => {
  it('a correction request and a refusal of release take the officer’s words; the other decisions none', () => {
    expect(reasonFormOf('request_correction')).toBe('text');
    expect(reasonFormOf('refuse_release')).toBe('text');
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
    expect(reasonsFor('accept', 'x')).toBeUndefined();
    expect(reasonProblems('release', '')).toEqual([]);
  });

  it('requires at least one reason for a correction request and a refusal of release', () => {
    expect(reasonProblems('request_correction', ' \n ')).toEqual(['reasonsRequired']);
    expect(reasonProblems('refuse_release', '')).toEqual(['reasonsRequired']);
    expect(reasonProblems('request_correction', 'Box 31 is empty')).toEqual([]);
  });

  it('bounds the number and length of reasons', () => {
    const many = Array.from({ length: maxReasons + 1 }, (_, i) => `reason ${i}`).join('\n');
    expect(reasonProblems('request_correction', many)).toEqual(['tooManyReasons']);
    expect(reasonProblems('refuse_release', 'x'.repeat(maxReasonLength + 1))).toEqual(['reasonTooLong']);
    expect(reasonProblems('refuse_release', 'x'.repeat(maxReasonLength))).toEqual([]);
  });

  it('allows the longest reasons the server takes, all of them together (they travel in a request body)', () => {
    const line = 'ж'.repeat(maxReasonLength);
    expect(reasonProblems('request_correction', Array.from({ length: maxReasons }, () => line).join('\n'))).toEqual([]);
  });
});
