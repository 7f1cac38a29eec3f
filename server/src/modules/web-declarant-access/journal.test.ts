import { describe, expect, it } from 'vitest';
import { csvCell } from './journal.ts';

/** The journal's CSV never hands Excel a formula an applicant typed (issue 14 point 6, ACC-9). */
describe('a journal cell in CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['+7 701 234 56 78', "'+7 701 234 56 78"],
    ['-5', "'-5"],
  ])('neutralises %j', (typed, written) => {
    expect(csvCell(typed)).toBe(written);
  });

  it.each([
    ['ТОО «Шекара»', 'ТОО «Шекара»'],
    ['123456789012', '123456789012'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['', ''],
  ])('writes %j as it is, quoted only where CSV needs it', (typed, written) => {
    expect(csvCell(typed)).toBe(written);
  });
});
