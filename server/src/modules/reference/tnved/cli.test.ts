import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../../testing/cli.ts';

/** `shekara reference import tnved` (issue 5 point 3), run as an operator runs it. */
const cli = cliWorkspace('tnved-cli');
const { shekara, dataDir } = cli;
const work = cli.work;
afterAll(() => cli.remove());

const source = path.join(work, 'tnved.json');
fs.writeFileSync(
  source,
  JSON.stringify([
    {
      chapter: '01',
      naim: 'ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО ПРОИСХОЖДЕНИЯ',
      date: '2022-01-01T00:00:00Z',
      groups: [
        {
          code: '01',
          naim: 'ЖИВЫЕ ЖИВОТНЫЕ',
          date: '2022-01-01T00:00:00Z',
          goods: [
            {
              code: '0101',
              naim: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ',
              date: '2022-01-01T00:00:00Z',
              subs: [
                { code: '0101210000', naim: '- - чистопородные племенные животные', date: '2022-01-01T00:00:00Z' },
                { code: '0101300000', naim: '- ослы', date: 'вчера' },
              ],
            },
          ],
        },
      ],
    },
  ]),
);

describe('shekara reference import tnved', { timeout: 300_000 }, () => {
  it('imports the JSON form with a summary naming the rejected entry, and a second run adds and changes nothing', async () => {
    const first = await shekara('reference', 'import', 'tnved', '--format', 'json', source);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`TN VED from ${source}: 4 added, 0 changed, 0 unchanged, 1 rejected`);
    expect(first.stdout).toContain('rejected at [0].groups[0].goods[0].subs[1]: date "вчера" is not a date');
    const second = await shekara('reference', 'import', 'tnved', '--format', 'json', source);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('0 added, 0 changed, 4 unchanged, 1 rejected');
  });

  it('refuses an unknown format or an unreadable source with exit code 2, and a data directory held by the server with its reason', async () => {
    const format = await shekara('reference', 'import', 'tnved', '--format', 'xml', source);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('fts-txt, json');
    const missing = await shekara('reference', 'import', 'tnved', '--format', 'fts-txt', work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`shekara: TNVED1.TXT not found in ${work}`);

    // the test runner's own process (alive, and not this one) stands in for a running server
    const holder = process.ppid;
    fs.writeFileSync(path.join(dataDir, 'shekara.pid'), String(holder));
    try {
      const held = await cli.onDataDir('reference', 'import', 'tnved', '--format', 'json', source);
      expect(held.code).toBe(1);
      expect(held.stderr).toContain(`in use by process ${holder}`);
      expect(held.stderr).toContain('stop the server first');
    } finally {
      fs.rmSync(path.join(dataDir, 'shekara.pid'), { force: true });
    }
  });
});
