import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../../testing/cli.ts';
import { parseDocument } from '../documents/parse-document.ts';
import { demoDocument } from './demo-document.ts';

const workspace = cliWorkspace('demo-declaration');
afterAll(() => workspace.remove());
/** `shekara demo declaration` with its options written as on the command line. */
const demoDeclaration = (options: string) => workspace.shekara('demo', 'declaration', ...options.split(' '));

describe('shekara demo declaration (issue 6 point 13)', { timeout: 60_000 }, () => {
  it('prints the demo document of the kind asked for as JSON', async () => {
    const run = await demoDeclaration(
      '--kind goods --items 12 --declarant 050540001242 --office 75101 --date 2025-11-20',
    );
    expect(run.code, run.stderr).toBe(0);
    const document = parseDocument('goods', JSON.parse(run.stdout));
    expect(document.items).toHaveLength(12);
    expect(document).toEqual(
      demoDocument('goods', { items: 12, declarant: '050540001242', office: '75101', date: '2025-11-20' }),
    );
  });

  it("takes a seed and a preliminary subkind, and today's date when none is given", async () => {
    const run = await demoDeclaration(
      '--kind preliminary --subkind temporary_storage --declarant 800115300012 --office 33201 --seed 7',
    );
    expect(run.code, run.stderr).toBe(0);
    const document = parseDocument('preliminary', JSON.parse(run.stdout));
    expect(document.subkind).toBe('temporary_storage');
    expect(document.filler?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('exits 2 with the reason on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['--kind', 'letter'], /unknown kind/],
      [['--kind', 'goods', '--items', '1000'], /items must be/],
      [['--kind', 'goods', '--items', 'many'], /not a whole number/],
      [['--kind', 'goods', '--declarant', '050540001243'], /valid IIN or BIN/],
    ];
    for (const [args, reason] of cases) {
      const run = await demoDeclaration(`--declarant 050540001242 --office 75101 ${args.join(' ')}`);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(reason);
      expect(run.stdout).toBe('');
    }
  });
});
