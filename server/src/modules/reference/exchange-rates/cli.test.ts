import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../../testing/cli.ts';
import { nbkRatesXml, november21 } from './nbk-rates.fixture.ts';
import { type LocalNationalBank, localNationalBank } from './nbk-server.fixture.ts';

/** `shekara reference import exchange-rates` (issue 5 point 3), on an embedded database of its own. */
const workspace = cliWorkspace('rates-cli');
const { dataDir, work: workDir } = workspace;
let bank: LocalNationalBank;

beforeAll(async () => {
  bank = await localNationalBank((fdate, response) =>
    response
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(nbkRatesXml(fdate, { USD: ['471.1', 1, '+0.6'], KGS: ['5.39', 1, '+0.01'] })),
  );
});
afterAll(async () => {
  await bank.close();
  await workspace.remove();
});

const importRates = ['reference', 'import', 'exchange-rates'];
const shekara = (...args: string[]) => workspace.run([...importRates, ...args], { EXCHANGE_RATES_URL: bank.ratesUrl });

function file(name: string, text: string): string {
  const full = path.join(workDir, name);
  fs.writeFileSync(full, text);
  return full;
}

describe('shekara reference import exchange-rates', { timeout: 300_000 }, () => {
  it('imports a saved file, reports the summary, and changes nothing the second time', async () => {
    const rates = file('rates-21.xml', november21);
    const first = await shekara('--file', rates);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim()).toBe('exchange rates for 2026-11-21: 4 added, 0 changed, 0 unchanged, 0 rejected');
    const again = await shekara('--file', rates, '--date', '2026-11-21');
    expect(again.stdout.trim()).toBe('exchange rates for 2026-11-21: 0 added, 0 changed, 4 unchanged, 0 rejected');
  });

  it('names every rejected row, and refuses a file for another day or not a rates file', async () => {
    const withBadRow = file(
      'rates-bad.xml',
      nbkRatesXml(
        '21.11.2026',
        { USD: ['470.7', 1, '+1.4'] },
        '<item><title>GBP</title><description>n/a</description><quant>1</quant></item>',
      ),
    );
    const result = await shekara('--file', withBadRow);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('exchange rates for 2026-11-21: 0 added, 1 changed, 0 unchanged, 1 rejected');
    expect(result.stdout).toContain('rejected at item 2: the rate "n/a" is not a positive decimal number');

    const otherDay = await shekara('--file', withBadRow, '--date', '2026-11-22');
    expect(otherDay.code).toBe(1);
    expect(otherDay.stderr).toContain('the file holds the rates for 2026-11-21, not for 2026-11-22');
    const notRates = await shekara('--file', file('page.html', '<html><body>maintenance</body></html>'));
    expect(notRates.code).toBe(1);
    expect(notRates.stderr).toContain('the document element is not <rates>');
  });

  it('fetches a day from EXCHANGE_RATES_URL', async () => {
    const result = await shekara('--fetch', '--date', '2026-11-22');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('exchange rates for 2026-11-22: 2 added, 0 changed, 0 unchanged, 0 rejected');
  });

  it('refuses a usage mistake with exit code 2', async () => {
    for (const args of [[], ['--fetch', '--file', 'x.xml'], ['--fetch', '--date', '22.11.2026']]) {
      const result = await shekara(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^shekara: /);
    }
  });

  it('says clearly that the server holds the embedded database, and exits non-zero', async () => {
    // the test runner's own process (alive, and not this one) stands in for a running server
    const holder = process.ppid;
    fs.writeFileSync(path.join(dataDir, 'shekara.pid'), String(holder));
    try {
      const result = await workspace.onDataDir(...importRates, '--file', path.join(workDir, 'rates-21.xml'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is in use by process ${holder}`);
      expect(result.stderr).toContain('stop the server first');
    } finally {
      fs.rmSync(path.join(dataDir, 'shekara.pid'), { force: true });
    }
  });
});
