import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestPkiManifest } from '@shekara/nca/test-pki';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../platform/command-io.ts';
import { runShekara } from '../../../testing/cli.ts';
import { makeTestCommand } from './cli.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-pki-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
function captured(): CommandOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

async function exitCodeOf(args: string[]): Promise<number | null> {
  return (await runShekara(args)).code;
}

describe('shekara pki make-test', () => {
  it('writes the test PKI and prints a summary', async () => {
    const out = path.join(tmp, 'pki');
    expect(await exitCodeOf(['pki', 'make-test', '--out', out, '--now', '2026-06-01T00:00:00Z'])).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as TestPkiManifest;
    expect(manifest.generatedAt).toBe('2026-06-01T00:00:00.000Z');
    expect(manifest.holders).toHaveLength(30);
    // An earlier test PKI may be overwritten.
    const output = captured();
    expect(await makeTestCommand({ out, now: new Date('2026-06-02T00:00:00Z') }, output)).toBe(0);
    expect(output.stdout.join('')).toMatch(/holders: 30 \(RSA 10, GOST2004 10, GOST2015-512 10\)/);
    expect(output.stdout.join('')).toContain('password of every .p12: Aa1234567');
  }, 300_000);

  it('exits with 2 on usage errors', async () => {
    expect(await exitCodeOf(['pki', 'make-test'])).toBe(2);
    expect(await exitCodeOf(['pki', 'make-test', '--out', tmp, '--bogus'])).toBe(2);
    expect(await exitCodeOf(['pki', 'make-test', '--out', tmp, '--now', 'yesterday'])).toBe(2);
    expect(await exitCodeOf(['pki', 'make-test', '--help'])).toBe(0);
  });

  it('refuses to write into a folder of other files', async () => {
    const busy = path.join(tmp, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'thesis.docx'), 'important');
    const output = captured();
    expect(await makeTestCommand({ out: busy }, output)).toBe(2);
    expect(output.stderr.join('')).toContain('not empty');
    expect(fs.readdirSync(busy)).toEqual(['thesis.docx']);
  });
});
