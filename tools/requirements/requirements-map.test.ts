import { describe, expect, it } from 'vitest';
import { citedIds } from './citations.ts';
import { mapRequirements, uncovered } from './coverage.ts';
import { parseMapDocument, renderMapDocument } from './map-document.ts';
import { oneLineTitle, parseRequirementList } from './requirement-list.ts';
import { extractTests } from './test-titles.ts';

// A made-up requirements text in the document's shape: IDs open bullets, long ones wrap indented.
const SAMPLE = `# Sample

Intro text citing AB-9, which is not a requirement line.

## First
- AB-1 (p.1) Things are done. More detail follows.
- AB-2 (p.2) A long requirement that wraps
  onto a second line: and goes on.
- Not a requirement bullet.
- AB-3 Third, with a | pipe and *stars*.

## Second
- CDE-1 Another prefix.
`;

describe('the requirement list', () => {
  it('reads every bullet that opens with an ID, joining wrapped lines, in document order', () => {
    expect(parseRequirementList(SAMPLE)).toEqual([
      { id: 'AB-1', title: '(p.1) Things are done' },
      { id: 'AB-2', title: '(p.2) A long requirement that wraps onto a second line: and goes on' },
      { id: 'AB-3', title: 'Third, with a | pipe and *stars*' },
      { id: 'CDE-1', title: 'Another prefix' },
    ]);
  });

  it('refuses a document that lists an ID twice', () => {
    expect(() => parseRequirementList('- AB-1 One.\n- AB-1 Again.\n')).toThrow(/AB-1 is listed twice/);
  });

  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const title = oneLineTitle(`${'word '.repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(110);
    expect(title).toMatch(/word…$/);
  });
});

describe('citations in a title', () => {
  const prefixes = ['AB', 'CDE'];

  it('reads single IDs once each, in order of mention', () => {
    expect(citedIds('does it (AB-2, CDE-1; AB-2 again)', prefixes)).toEqual(['AB-2', 'CDE-1']);
  });

  it('expands ranges written with two dots or a dash, with or without the prefix repeated', () => {
    expect(citedIds('AB-3..AB-6', prefixes)).toEqual(['AB-3', 'AB-4', 'AB-5', 'AB-6']);
    expect(citedIds('AB-1–3 and CDE-7 … CDE-8', prefixes)).toEqual(['AB-1', 'AB-2', 'AB-3', 'CDE-7', 'CDE-8']);
  });

  it('ignores other prefixes and codes of the same shape inside longer words', () => {
    expect(citedIds('XY-1, sticker AB-7788-Q, TAB-2, AB-12x', prefixes)).toEqual([]);
  });

  it('refuses a range across prefixes, backwards, or absurdly long', () => {
    expect(() => citedIds('AB-1..CDE-3', prefixes)).toThrow(/not a range/);
    expect(() => citedIds('AB-9..AB-2', prefixes)).toThrow(/not a range/);
    expect(() => citedIds('AB-1..AB-5000', prefixes)).toThrow(/not a range/);
  });
});

const SOURCE = `
import { describe, expect, it, test } from 'vitest';
const rows = [1, 2];
// AB-1 is mentioned in a comment only.
describe('outer (AB-2)', () => {
  it('plain "quoted" (AB-3)', () => {});
  it(\`template \${rows.length} (CDE-1)\`, () => {});
  it.each(rows)('row %s (AB-2)', () => {});
  it.skip('skipped (AB-4)', () => {});
  it.todo('to do (AB-4)');
  describe.skipIf(process.env.CI)('inner', () => {
    test('deep ' + 'joined', () => {});
  });
});
describe.skip('never runs (AB-5)', () => {
  it('inside a skipped block', () => {});
});
function helper() { return [1].map((x) => x); }
`;

// A template title keeps its placeholder as written.
const TEMPLATE_TITLE = `template \${rows.length} (CDE-1)`;

describe('test titles from the syntax tree', () => {
  const tests = extractTests(SOURCE, 'sample.test.ts');

  it('gives each describe and test its exact title, nested, without skipped or to-do ones', () => {
    expect(tests).toEqual([
      {
        kind: 'describe',
        title: 'outer (AB-2)',
        line: 5,
        children: [
          { kind: 'test', title: 'plain "quoted" (AB-3)', line: 6, children: [] },
          { kind: 'test', title: TEMPLATE_TITLE, line: 7, children: [] },
          { kind: 'test', title: 'row %s (AB-2)', line: 8, children: [] },
          {
            kind: 'describe',
            title: 'inner',
            line: 11,
            children: [{ kind: 'test', title: 'deep joined', line: 12, children: [] }],
          },
        ],
      },
    ]);
  });

  it('maps each ID to the outermost title citing it; comments and skipped tests show nothing', () => {
    const map = mapRequirements(parseRequirementList(SAMPLE), [{ path: 'sample.test.ts', tests }]);
    const titlesOf = (id: string) => (map.citations.get(id) ?? []).map(({ titles, tests }) => ({ titles, tests }));
    expect(titlesOf('AB-1')).toEqual([]);
    expect(titlesOf('AB-2')).toEqual([{ titles: ['outer (AB-2)'], tests: 4 }]);
    expect(titlesOf('AB-3')).toEqual([{ titles: ['outer (AB-2)', 'plain "quoted" (AB-3)'], tests: 1 }]);
    expect(titlesOf('CDE-1')).toEqual([{ titles: ['outer (AB-2)', TEMPLATE_TITLE], tests: 1 }]);
    expect(uncovered(map).map(({ id }) => id)).toEqual(['AB-1']);
  });

  it('keeps IDs cited but not listed apart, and the document gives back the requirements it records', () => {
    const requirements = parseRequirementList(SAMPLE);
    const cites = extractTests("it('cites AB-77 and AB-1', () => {});", 'x.spec.ts');
    const map = mapRequirements(requirements, [{ path: 'x.spec.ts', tests: cites }]);
    expect([...map.unknown.keys()]).toEqual(['AB-77']);
    const document = renderMapDocument(map);
    expect(document).toContain('1 of 4 requirements covered');
    expect(parseMapDocument(document)).toEqual(requirements);
  });
});
