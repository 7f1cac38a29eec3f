import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { mapStack } from './stack-map.ts';

/**
 * A trace of the bundled server names the TypeScript sources, read from the source maps only
 * when a trace is written (issue 20 point 6: a start no longer indexes every map). The bundle here
 * is made the way server/bundle.mjs makes the server's: a project with server/src and server/dist.
 */
let root: string;
let thrown: Error;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-stack-map-'));
  fs.mkdirSync(path.join(root, 'server', 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'server', 'src', 'failing.ts'),
    [
      'export interface Order { n: number }',
      '',
      'export function fail(order: Order): never {',
      "  throw new Error('order ' + order.n + ' failed');",
      '}',
      '',
    ].join('\n'),
  );
  await build({
    entryPoints: { failing: 'server/src/failing.ts' },
    absWorkingDir: root,
    outdir: path.join(root, 'server', 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
  });
  // Thrown in a process of its own: the test runner maps the traces of what it loads itself.
  const url = pathToFileURL(path.join(root, 'server', 'dist', 'failing.mjs')).href;
  const stack = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { fail } = await import(${JSON.stringify(url)}); try { fail({ n: 7 }); } catch (e) { process.stdout.write(e.stack); }`,
    ],
    { encoding: 'utf8' },
  );
  thrown = Object.assign(new Error('order 7 failed'), { stack });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('stack traces of the bundle', () => {
  it('name the source file, line and column in place of the bundle’s', () => {
    expect(thrown.stack).toMatch(/failing\.mjs:\d+:\d+/);
    const mapped = mapStack(thrown.stack!);
    expect(mapped).toContain(`at fail (${path.join('server', 'src', 'failing.ts')}:4:9)`);
    expect(mapped.split('\n')[0]).toBe('Error: order 7 failed');
    expect(mapped).not.toMatch(/failing\.mjs:\d+:\d+/);
  });

  it('leave a frame alone whose file has no map, and other text as it is', () => {
    const text = 'Error: x\n    at run (file:///nowhere/at/all.mjs:3:4)\n    at node:internal/main:1:2';
    expect(mapStack(text)).toBe(text);
  });

  it('are written mapped by the logger', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger({ logLevel: 'info' }, sink).error({ err: thrown }, 'failed');
    const logged = JSON.parse(lines[0]!) as { err: { message: string; stack: string } };
    expect(logged.err.message).toBe('order 7 failed');
    expect(logged.err.stack).toContain(`${path.join('server', 'src', 'failing.ts')}:4:9`);
  });
});
