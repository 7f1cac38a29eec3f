import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { readFtsTxtDirectory } from './read-fts-txt.ts';
import { readJsonNomenclature } from './read-json.ts';

/** cp866 bytes of a text, as the distribution files are written. */
function cp866(text: string): Buffer {
  const decoder = new TextDecoder('ibm866');
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => byChar.get(char) ?? 0x3f));
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-tnved-txt-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('TN VED distribution files (issue 5 point 3)', () => {
  it('reads cp866 sections, chapters, headings and subheadings with their dates, and reports malformed lines with line and reason', () => {
    const write = (name: string, lines: string[]) =>
      fs.writeFileSync(path.join(directory, name), cp866(lines.join('\r\n')));
    write('TNVED1.TXT', [
      '015|20220113|0000|',
      '01|ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО ПРОИСХОЖДЕНИЯ  |Примечания|01.01.2022||',
    ]);
    write('TNVED2.TXT', [
      '036|20220811|0000|',
      '01|01|ЖИВЫЕ ЖИВОТНЫЕ|  1. В данную группу...  |01.01.2017|31.12.2021|',
      '01|01|ЖИВЫЕ ЖИВОТНЫЕ||01.01.2022||',
    ]);
    write('tnved3.txt', [
      '020|20220811|0000|',
      '01|01|ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ|01.01.2022||',
      '01|02|КРУПНЫЙ РОГАТЫЙ СКОТ ЖИВОЙ|31.02.2022||',
      '01|03|СВИНЬИ ЖИВЫЕ|01.01.2022|01.01.2020|',
      '01|04|ОВЦЫ',
      '01|0X|КОЗЫ|01.01.2022||',
      '01|05||01.01.2022||',
    ]);
    write('TNVED4.TXT', ['001|20220811|0000|', '01|01|210000|- - чистопородные племенные животные|01.01.2022||']);

    const read = readFtsTxtDirectory(directory);
    expect(read.files).toEqual(['TNVED1.TXT', 'TNVED2.TXT', 'TNVED3.TXT', 'TNVED4.TXT']);
    expect(read.nodes.map((node) => [node.code, node.level, node.validFrom, node.validTo])).toEqual([
      ['I', 'section', '2022-01-01', null],
      ['01', 'chapter', '2017-01-01', '2021-12-31'],
      ['01', 'chapter', '2022-01-01', null],
      ['0101', 'heading', '2022-01-01', null],
      ['0101210000', 'subheading', '2022-01-01', null],
    ]);
    expect(read.nodes[0]).toMatchObject({
      name: { ru: 'ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО ПРОИСХОЖДЕНИЯ', kk: null, en: null },
      notes: 'Примечания',
    });
    expect(read.nodes[1]).toMatchObject({ sectionCode: 'I', notes: '1. В данную группу...' });
    expect(read.rejected.map(({ line, reason }) => [line, reason])).toEqual([
      ['TNVED3.TXT:3', '"valid from" "31.02.2022" is not a date DD.MM.YYYY'],
      ['TNVED3.TXT:4', '"valid to" 01.01.2020 is before "valid from" 01.01.2022'],
      ['TNVED3.TXT:5', 'expected 5 fields separated by "|", found 3'],
      ['TNVED3.TXT:6', 'heading "01|0X" is not 2 + 2 digits'],
      ['TNVED3.TXT:7', 'the name is empty'],
    ]);
    expect(read.rejected[0]!.text).toBe('01|02|КРУПНЫЙ РОГАТЫЙ СКОТ ЖИВОЙ|31.02.2022||');
  });

  it('refuses a directory without TNVED1.TXT', () => {
    expect(() => readFtsTxtDirectory(os.tmpdir())).toThrow(/TNVED1\.TXT not found/);
  });

  it.skipIf(corpusMissing('tnved/TNVED3.TXT'))(
    'reads the corpus distribution files whole (sections, chapters, headings in every version)',
    () => {
      const read = readFtsTxtDirectory(path.join(corpusDir, 'tnved'));
      expect(read.rejected).toEqual([]);
      const count = (level: string) => read.nodes.filter((node) => node.level === level).length;
      expect([count('section'), count('chapter'), count('heading')]).toEqual([149, 722, 6591]);
      expect(read.nodes.find((node) => node.code === '0101' && node.validTo === null)?.name.ru).toBe(
        'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ',
      );
    },
  );
});

describe('TN VED nested JSON (issue 5 point 3)', () => {
  it('reads sections → chapters → headings → subheadings and names each rejected entry by its path', () => {
    const read = readJsonNomenclature([
      {
        chapter: '01',
        naim: 'ЖИВЫЕ ЖИВОТНЫЕ',
        date: '2022-01-01T00:00:00Z',
        groups: [
          {
            code: '01',
            naim: 'ЖИВЫЕ ЖИВОТНЫЕ',
            date: '2022-01-01T00:00:00Z',
            goods: [
              {
                code: '0101',
                naim: 'ЛОШАДИ',
                date: '2022-01-01T00:00:00Z',
                subs: [
                  { code: '0101210000', naim: '- - племенные', date: '2022-07-01T00:00:00Z' },
                  { code: '01012', naim: 'x', date: '2022-01-01' },
                ],
              },
              { code: '0102', naim: '', date: '2022-01-01T00:00:00Z' },
            ],
          },
        ],
      },
      { chapter: '22', naim: 'FIFA2018', date: '2022-01-01T00:00:00Z', groups: null },
      'not an object',
    ]);
    expect(read.nodes.map((node) => `${node.code} ${node.level} ${node.validFrom}`)).toEqual([
      'I section 2022-01-01',
      '01 chapter 2022-01-01',
      '0101 heading 2022-01-01',
      '0101210000 subheading 2022-07-01',
    ]);
    expect(read.rejected.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
      '[0].groups[0].goods[0].subs[1]: code "01012" is not a subheading code',
      '[0].groups[0].goods[1]: the name (naim) is empty',
      '[1]: section XXII has no chapters',
      '[2]: not an object',
    ]);
  });
});
