import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../../testing/cli.ts';

/** `shekara reference import tariff` (issue 5 point 3), run as an operator runs it. */
const cli = cliWorkspace('tariff-cli');
const { shekara, dataDir } = cli;
const workDir = cli.work;
afterAll(() => cli.remove());

function write(name: string, text: string): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('shekara reference import tariff', { timeout: 300_000 }, () => {
  it('imports a CSV, prints the summary with the rejected row, and changes nothing the second time', async () => {
    const csv = write(
      'duty.csv',
      'code;rate;valid_from;valid_to;origin\n0805;5%;2026-01-01;;\n0806;15;2026-01-01;;\n0808;0,04 евро за 1 кг;2026-01-01;;\n',
    );
    const first = await shekara('reference', 'import', 'tariff', '--format', 'csv', csv);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('import duty (csv): 2 added, 0 changed, 0 unchanged, 1 rejected');
    expect(first.stdout).toContain(
      'rejected at 3: a number without "%" or a currency and unit: cannot tell whether 15 % was meant — 0806;15;2026-01-01;;',
    );
    const again = await shekara('reference', 'import', 'tariff', '--format', 'csv', csv);
    expect(again.stdout).toContain('import duty (csv): 0 added, 0 changed, 2 unchanged, 1 rejected');
  });

  it('reads a trade-remedy JSON with its kind and dates, and refuses one whose kind it cannot tell with exit code 2', async () => {
    const measures = [
      {
        hs_code: '7214',
        origin_country: 'CN',
        rate_percent: 19.9,
        rate_specific: 0,
        currency_code: 'USD',
        effective_from: '2020-07-03',
        effective_to: '',
      },
    ];
    const unnamed = write(
      'remedies.json',
      JSON.stringify({ format: 'eec_trade_remedies_v1', effective_from: '2026-01-01', measures }),
    );
    const refused = await shekara('reference', 'import', 'tariff', '--format', 'json', unnamed);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'a trade-remedy file does not say which duty it lists: give --kind anti-dumping, countervailing or special',
    );
    const imported = await shekara(
      'reference',
      'import',
      'tariff',
      '--format',
      'json',
      '--kind',
      'anti-dumping',
      unnamed,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(
      'anti-dumping duty (eec_trade_remedies_v1): 1 added, 0 changed, 0 unchanged, 0 rejected',
    );

    const missing = await shekara('reference', 'import', 'tariff', '--format', 'csv', path.join(workDir, 'none.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the file (ENOENT)');
    const badDate = await shekara(
      'reference',
      'import',
      'tariff',
      '--format',
      'csv',
      '--valid-from',
      '2026-02-30',
      unnamed,
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--valid-from 2026-02-30 is not a YYYY-MM-DD date');
  });

  it('says so, and exits non-zero, when the server holds the embedded database', async () => {
    const csv = write('one.csv', 'code;rate;valid_from;valid_to;origin\n0805;5%;2026-01-01;;\n');
    // the test runner's own process (alive, and not this one) stands in for a running server
    const holder = process.ppid;
    fs.writeFileSync(path.join(dataDir, 'shekara.pid'), String(holder));
    try {
      const held = await cli.onDataDir('reference', 'import', 'tariff', '--format', 'csv', csv);
      expect(held.code).toBe(1);
      expect(held.stderr).toContain(`is in use by process ${holder}`);
      expect(held.stderr).toContain('stop the server first');
    } finally {
      fs.rmSync(path.join(dataDir, 'shekara.pid'), { force: true });
    }
  });
});
