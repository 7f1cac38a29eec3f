import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSignedData } from '@shekara/nca';
import { testHolder } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config.ts';
import { testAppConfig } from '../../../testing/app.ts';
import { testSignatureSetup } from '../../../testing/signatures.ts';
import { createReceiptSigner, developmentReceiptSubject } from './receipt-signer.ts';

/** The system's receipt key (WD-13): a configured PKCS#12, or outside production one issued under the test PKI. */
const content = new TextEncoder().encode('{"registrationNumber":"75101/221126/0000001"}');

describe('the receipt signer', () => {
  it('refuses to start in production without RECEIPT_SIGNING_P12, and without any key answers DECL_RECEIPT_KEY_MISSING', async () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '/srv/shekara')).toThrow(/RECEIPT_SIGNING_P12/);
    expect(() =>
      loadConfig(
        { NODE_ENV: 'production', RECEIPT_SIGNING_P12: 'r.p12', RECEIPT_SIGNING_PASSWORD: 'p' },
        '/srv/shekara',
      ),
    ).not.toThrow();
    const signer = createReceiptSigner({
      config: testAppConfig.declarations,
      environment: 'production',
      testPki: null,
    });
    await expect(signer.sign(content, new Date())).rejects.toMatchObject({ code: 'DECL_RECEIPT_KEY_MISSING' });
  });

  it('outside production, signs with a signing certificate of the system issued under the test PKI', async () => {
    const setup = await testSignatureSetup();
    const signer = createReceiptSigner({
      config: testAppConfig.declarations,
      environment: 'test',
      testPki: setup.testPki,
    });
    const cms = await signer.sign(content, new Date());
    const verified = await setup.verifier.verifyCms(cms, { purpose: 'sign' });
    expect(verified.valid, verified.detail).toBe(true);
    expect(verified.signer).toMatchObject({
      bin: developmentReceiptSubject.bin,
      keyPurpose: 'sign',
      algorithm: expect.stringMatching(/RSA/),
    });
    expect(Buffer.from(parseSignedData(cms).content!).equals(Buffer.from(content))).toBe(true);
  });

  it('keeps the development key between starts, and issues a new one when the kept one is not usable', async () => {
    const setup = await testSignatureSetup();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-receipt-kept-'));
    const file = path.join(dir, 'receipt-key.json');
    // Each start reads its test PKI afresh, a new object: a copy stands for one here.
    const signedAtStart = async () => {
      const signer = createReceiptSigner({
        config: testAppConfig.declarations,
        environment: 'development',
        testPki: { ...setup.testPki! },
        developmentKeyFile: file,
      });
      const verified = await setup.verifier.verifyCms(await signer.sign(content, new Date()), { purpose: 'sign' });
      expect(verified.valid, verified.detail).toBe(true);
      return verified.signer!.serialNumber;
    };
    try {
      const first = await signedAtStart();
      expect(fs.existsSync(file)).toBe(true);
      expect(await signedAtStart()).toBe(first);
      fs.writeFileSync(file, '{"key":"cut short');
      const reissued = await signedAtStart();
      expect(reissued).not.toBe(first);
      expect(await signedAtStart()).toBe(reissued);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs with the configured PKCS#12', async () => {
    const setup = await testSignatureSetup();
    const holder = testHolder(setup.testPki!, 'RSA', 'head-sign');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-receipt-key-'));
    try {
      const file = path.join(dir, 'receipts.p12');
      fs.writeFileSync(file, holder.pkcs12);
      const config = { ...testAppConfig.declarations, receiptP12: file, receiptP12Password: setup.testPki!.password };
      const cms = await createReceiptSigner({ config, environment: 'production', testPki: null }).sign(
        content,
        new Date(),
      );
      const verified = await setup.verifier.verifyCms(cms, { purpose: 'sign' });
      expect(verified.valid, verified.detail).toBe(true);
      expect(verified.signer?.serialNumber).toBe(holder.serialNumber);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
