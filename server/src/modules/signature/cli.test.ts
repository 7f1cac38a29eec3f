import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestPkiManifest } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShekara } from '../../testing/cli.ts';
import { corpusDir, corpusMissing } from '../../testing/corpus.ts';

/**
 * The command line of issue 3 (points 7 and 8): `shekara pki make-test`, `shekara sign` and
 * `shekara signature verify`, with their exit codes (0 valid, 1 invalid, 2 usage).
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-signature-cli-'));
const pki = path.join(work, 'pki');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const shekara = (...args: string[]) => runShekara(args);

let manifest: TestPkiManifest;
const file = (name: string) => path.join(work, name);
const key = (family: string, id: string) => path.join(pki, family, `${id}.p12`);

beforeAll(async () => {
  const made = await shekara('pki', 'make-test', '--out', pki);
  expect(made.code, made.stderr).toBe(0);
  manifest = JSON.parse(fs.readFileSync(path.join(pki, 'manifest.json'), 'utf8')) as TestPkiManifest;
  fs.writeFileSync(file('declaration.json'), '{"number":"10000/221126/0000001"}');
  fs.writeFileSync(file('declaration.xml'), '<declaration><number>10000/221126/0000001</number></declaration>');
}, 300_000);

// Each case starts the command a few times; on a loaded machine that takes seconds each.
describe('shekara pki make-test, sign and signature verify', { timeout: 300_000 }, () => {
  it('makes an NCA-shaped test PKI: three families, auth and sign keys, expired and revoked, CRLs, a trust folder', async () => {
    expect(manifest.authorities.map((a) => `${a.algorithm}/${a.level}`).sort()).toEqual([
      'GOST2004/issuing',
      'GOST2004/root',
      'GOST2015-512/issuing',
      'GOST2015-512/root',
      'RSA/issuing',
      'RSA/root',
    ]);
    expect(new Set(manifest.holders.map((h) => h.status))).toEqual(new Set(['good', 'expired', 'revoked']));
    expect(new Set(manifest.holders.map((h) => h.keyPurpose))).toEqual(new Set(['auth', 'sign']));
    expect(fs.readdirSync(path.join(pki, 'trust'))).toHaveLength(6);
    expect(fs.readdirSync(path.join(pki, 'crl'))).toHaveLength(6);
  });

  it.each([
    ['rsa', 'RSA'],
    ['gost2004', 'GOST2004'],
    ['gost2015', 'GOST2015-512'],
  ])('%s: an attached CMS verifies (exit 0) and prints the result as JSON', async (family, algorithm) => {
    const out = file(`${family}.p7s`);
    const signed = await shekara(
      'sign',
      '--p12',
      key(family, 'head-sign'),
      '--password',
      manifest.password,
      '--in',
      file('declaration.json'),
      '--out',
      out,
    );
    expect(signed.code, signed.stderr).toBe(0);
    const verified = await shekara(
      'signature',
      'verify',
      '--cms',
      out,
      '--trust',
      path.join(pki, 'trust'),
      '--crl',
      path.join(pki, 'crl'),
      '--purpose',
      'sign',
      '--json',
    );
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({
      valid: true,
      signer: { algorithm, roles: ['legal_entity', 'head'] },
      revocation: { status: 'good', source: 'crl' },
    });
  });

  it('a detached base64 CMS verifies with its data and fails (exit 1) with other data', async () => {
    const out = file('detached.b64');
    expect(
      (
        await shekara(
          'sign',
          '--p12',
          key('gost2015', 'signer-sign'),
          '--password',
          manifest.password,
          '--in',
          file('declaration.json'),
          '--detached',
          '--base64',
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const trust = ['--trust', path.join(pki, 'trust')];
    expect(
      (await shekara('signature', 'verify', '--cms', out, '--data', file('declaration.json'), ...trust)).code,
    ).toBe(0);
    const mismatch = await shekara(
      'signature',
      'verify',
      '--cms',
      out,
      '--data',
      file('declaration.xml'),
      ...trust,
      '--json',
    );
    expect(mismatch.code).toBe(1);
    expect(JSON.parse(mismatch.stdout)).toMatchObject({ valid: false, code: 'SIG_CONTENT_MISMATCH' });
  });

  it('an enveloped XML signature verifies; a revoked key and a wrong purpose give exit 1 with their codes', async () => {
    const trust = ['--trust', path.join(pki, 'trust'), '--crl', path.join(pki, 'crl'), '--json'];
    expect(
      (
        await shekara(
          'sign',
          '--p12',
          key('gost2004', 'employee-sign'),
          '--password',
          manifest.password,
          '--in',
          file('declaration.xml'),
          '--xml',
          '--out',
          file('signed.xml'),
        )
      ).code,
    ).toBe(0);
    expect((await shekara('signature', 'verify', '--xml', file('signed.xml'), ...trust)).code).toBe(0);
    const purpose = await shekara('signature', 'verify', '--xml', file('signed.xml'), ...trust, '--purpose', 'auth');
    expect([purpose.code, JSON.parse(purpose.stdout).code]).toEqual([1, 'SIG_WRONG_KEY_PURPOSE']);

    expect(
      (
        await shekara(
          'sign',
          '--p12',
          key('rsa', 'revoked-sign'),
          '--password',
          manifest.password,
          '--in',
          file('declaration.json'),
          '--out',
          file('revoked.p7s'),
        )
      ).code,
    ).toBe(0);
    const revoked = await shekara('signature', 'verify', '--cms', file('revoked.p7s'), ...trust);
    expect([revoked.code, JSON.parse(revoked.stdout).code]).toEqual([1, 'SIG_CERT_REVOKED']);
  });

  it('usage mistakes and unreadable input exit 2 with one line on stderr', async () => {
    const trust = ['--trust', path.join(pki, 'trust')];
    for (const args of [
      ['signature', 'verify', ...trust],
      ['signature', 'verify', '--cms', file('nope.p7s'), ...trust],
      ['signature', 'verify', '--cms', file('declaration.json'), '--xml', file('declaration.xml'), ...trust],
      ['signature', 'verify', '--cms', file('rsa.p7s'), '--trust', path.join(work, 'missing-dir')],
      ['signature', 'verify', '--cms', file('rsa.p7s'), ...trust, '--at', 'yesterday'],
      [
        'sign',
        '--p12',
        key('rsa', 'head-sign'),
        '--password',
        'wrong',
        '--in',
        file('declaration.json'),
        '--out',
        file('x'),
      ],
    ]) {
      const result = await shekara(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^(shekara: |error: )/);
    }
  });
});

const xades = 'nca-test-pki/xades/xades-test-signed-t.xml';
const missing = corpusMissing(xades) ?? corpusMissing('nca-test-pki/ca');
if (missing) console.warn(`skipped: ${missing}`);

describe.skipIf(missing !== null)('shekara signature verify on real NCA material', { timeout: 300_000 }, () => {
  it('the real XAdES-T verifies against the NCA test CA, with its time-stamp', async () => {
    const result = await shekara(
      'signature',
      'verify',
      '--xml',
      path.join(corpusDir, xades),
      '--trust',
      path.join(corpusDir, 'nca-test-pki/ca'),
      '--revocation',
      'none',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: true,
      signer: { iin: '123456789011' },
      timestamp: { time: '2026-09-02T10:05:14.000Z' },
    });
  });
});
