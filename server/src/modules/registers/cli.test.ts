import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../testing/cli.ts';

/** `shekara reference import registers` (issue 17 point 6; REG-5), run as an operator runs it. */
const cli = cliWorkspace('registers-cli');
afterAll(() => cli.remove());

const header = 'register;iin_bin;register_number;name;valid_from;valid_to';
const good = [
  'customs_representative;091140000212;ТП-0002;ТОО «Алматы Брокер»;2019-06-01;',
  'customs_carrier;110740000235;ТПЕР-0002;ТОО «Каспий Транзит»;2021-04-01;2026-12-31',
];

function write(name: string, lines: string[]): string {
  const file = path.join(cli.work, name);
  fs.writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
  return file;
}

describe('shekara reference import registers (REG-5)', { timeout: 300_000 }, () => {
  it('writes nothing from a file with a bad line, names it and exits 1; the corrected file imports once', async () => {
    const bad = await cli.shekara(
      'reference',
      'import',
      'registers',
      write('bad.csv', [...good, 'customs_carrier;110740000236;X;Y;2021-04-01;']),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('0 added, 0 changed, 0 unchanged, 1 rejected');
    expect(bad.stdout).toContain('rejected at 4: iin_bin "110740000236" is not a valid IIN/BIN');
    expect(bad.stderr).toContain('nothing imported');

    const file = write('good.csv', good);
    const first = await cli.shekara('reference', 'import', 'registers', file);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('2 added, 0 changed, 0 unchanged, 0 rejected');
    const again = await cli.shekara('reference', 'import', 'registers', file);
    expect(again.stdout).toContain('0 added, 0 changed, 2 unchanged, 0 rejected');
  });
});
