import fs from 'node:fs/promises';
import path from 'node:path';
import type { PrivateKey } from './keys.ts';
import { fromPem, toPem } from './pem.ts';
import { readPkcs12 } from './pkcs12.ts';
import type { TestAuthority, TestHolder, TestPki } from './test-pki.ts';
import { manifestOf, type TestPkiManifest } from './test-pki-manifest.ts';
import { plannedHolders } from './test-pki-plan.ts';

/** A test PKI on disk: the folder layout of manifest.json, written and read back. */
export async function writeTestPki(pki: TestPki, outDir: string): Promise<TestPkiManifest> {
  const manifest = manifestOf(pki);
  const write = async (relative: string, content: Uint8Array | string) => {
    const file = path.join(outDir, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  };
  for (const authority of pki.authorities) {
    await write(authority.files.certificate, toPem('CERTIFICATE', authority.certificate));
    await write(authority.files.crl, authority.crl);
    await write(authority.files.pkcs12, authority.pkcs12);
  }
  for (const holder of pki.holders) {
    await write(holder.files.certificate, toPem('CERTIFICATE', holder.certificate));
    await write(holder.files.pkcs12, holder.pkcs12);
  }
  await write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// Opening a container costs several PKCS#12 key derivations; a test usually needs few of the 36 keys.
const openedKeys = new WeakMap<Uint8Array, PrivateKey>();

function keyFrom(pkcs12: Uint8Array, password: string): PrivateKey {
  let key = openedKeys.get(pkcs12);
  if (!key) {
    key = readPkcs12(pkcs12, password).privateKey;
    openedKeys.set(pkcs12, key);
  }
  return key;
}

/**
 * Reads back a folder writeTestPki made. Keys come from the containers, on first use, so loading
 * costs no key generation and almost no cryptography.
 */
export async function loadTestPki(dir: string): Promise<TestPki> {
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as TestPkiManifest;
  if (manifest.formatVersion !== 1) throw new Error('test PKI manifest of another format');
  const read = async (relative: string) => new Uint8Array(await fs.readFile(path.join(dir, relative)));
  const certificateAt = async (relative: string) =>
    fromPem(Buffer.from(await read(relative)).toString('latin1'), 'CERTIFICATE');

  const authorities = await Promise.all(
    manifest.authorities.map(async (entry): Promise<TestAuthority> => {
      const pkcs12 = await read(entry.pkcs12);
      return {
        algorithm: entry.algorithm,
        level: entry.level,
        name: entry.name,
        get key() {
          return keyFrom(pkcs12, entry.password);
        },
        certificate: await certificateAt(entry.certificate),
        crl: await read(entry.crl),
        pkcs12,
        serialNumber: entry.serialNumber,
        files: { certificate: entry.certificate, crl: entry.crl, pkcs12: entry.pkcs12 },
      };
    }),
  );
  const holders = await Promise.all(
    manifest.holders.map(async (entry): Promise<TestHolder> => {
      const plan = plannedHolders.find((p) => p.id === entry.id);
      if (!plan) throw new Error(`test PKI holder ${entry.id} is not in the plan`);
      const pkcs12 = await read(entry.pkcs12);
      return {
        ...plan,
        algorithm: entry.algorithm,
        get key() {
          return keyFrom(pkcs12, entry.password);
        },
        certificate: await certificateAt(entry.certificate),
        pkcs12,
        serialNumber: entry.serialNumber,
        notBefore: new Date(entry.notBefore),
        notAfter: new Date(entry.notAfter),
        ...(entry.revokedAt ? { revokedAt: new Date(entry.revokedAt) } : {}),
        files: { certificate: entry.certificate, pkcs12: entry.pkcs12 },
      };
    }),
  );
  return { now: new Date(manifest.generatedAt), password: manifest.password, authorities, holders };
}
