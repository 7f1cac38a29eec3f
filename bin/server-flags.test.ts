import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from './server-flags.mjs';

describe('the server V8 flags', () => {
  it('are on `npm start`’s command line, so the servers the tests and benchmarks spawn run as production does', () => {
    const start: string = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts
      .start;
    expect(start).toBe(`node ${serverNodeFlags.join(' ')} bin/start.mjs`);
  });

  it('are on the container image’s command line too', () => {
    const dockerfile = fs.readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    const command = dockerfile.match(/^CMD (\[.*\])$/m)?.[1];
    expect(command && JSON.parse(command)).toEqual(['node', ...serverNodeFlags, 'bin/start.mjs']);
  });
});
