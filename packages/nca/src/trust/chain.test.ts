import { describe, expect, it } from 'vitest';
import { readPkcs12 } from '../pki/index.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { type Certificate, parseCertificate } from '../x509/certificate.ts';
import { buildChain, chainCacheStats, clearChainCache } from './chain.ts';
import {
  type CertificateSpec,
  issueTestCa,
  issueTestCertificate,
  rsaKey,
  type TestKey,
} from './test-support/rsa-pki.ts';
import { trustStoreFromCertificates } from './trust-store.ts';

const cas = {
  rsa: 'nca-test-pki/ca/nca_rsa_test.crt',
  gost2004: 'nca-test-pki/ca/nca_gost_test.crt',
  gost2015: 'nca-test-pki/ca/nca_gost2015_test.cer',
} as const;
// Each corpus certificate with its CA and a moment inside its validity (they have all expired).
const leaves = [
  {
    name: 'RSA signing',
    file: 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer',
    ca: 'rsa',
    at: '2022-06-01T00:00:00Z',
  },
  {
    name: 'RSA authentication',
    file: 'nca-test-pki/certs/individual_valid_sign_2004_rsa_auth.cer',
    ca: 'rsa',
    at: '2022-06-01T00:00:00Z',
  },
  {
    name: 'GOST 34.310-2004',
    file: 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
    ca: 'gost2004',
    at: '2022-06-01T00:00:00Z',
  },
  // gokalkan's 2015 certificates were issued in November 2023, after the 2015 set's reference date.
  {
    name: 'GOST 34.10-2015-512 (gost1)',
    file: 'nca-test-pki/gokalkan/gost1.cer',
    ca: 'gost2015',
    at: '2024-01-01T00:00:00Z',
  },
  {
    name: 'GOST 34.10-2015-512 (gost2)',
    file: 'nca-test-pki/gokalkan/gost2.cer',
    ca: 'gost2015',
    at: '2024-01-01T00:00:00Z',
  },
] as const;
// The certificates inside the README's key containers, at moments inside their validity.
const containers = [
  { file: 'key_individual_valid_sign_2004.p12', password: 'Qwerty12', ca: 'rsa', at: '2021-06-01T00:00:00Z' },
  { file: 'key_individual_auth_revoked_2004.p12', password: 'Qwerty12', ca: 'rsa', at: '2022-06-01T00:00:00Z' },
  { file: 'key_individual_sign_revoked_2004.p12', password: 'Qwerty12', ca: 'rsa', at: '2022-06-01T00:00:00Z' },
  { file: 'key_ceo_sign_revoked_2004.p12', password: 'Qwerty12', ca: 'gost2004', at: '2022-06-01T00:00:00Z' },
  { file: 'key_individual_valid_2015.p12', password: 'Aa123456', ca: 'gost2015', at: '2022-09-01T00:00:00Z' },
  { file: 'key_ceo_revoked_2015.p12', password: 'Aa123456', ca: 'gost2015', at: '2022-09-01T00:00:00Z' },
] as const;
const missing =
  [...Object.values(cas), ...leaves.map((l) => l.file), ...containers.map((c) => `nca-test-pki/keys/${c.file}`)]
    .map(corpusMissing)
    .find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);

const load = (file: string) => parseCertificate(readCorpusDer(file));
const storeOf = (...files: string[]) => trustStoreFromCertificates(files.map(readCorpusDer));

describe.skipIf(missing !== null)('chains of the real NCA test certificates (ACC-6)', () => {
  const all = () => storeOf(...Object.values(cas));

  it.each(leaves)('$name chains to its test CA at $at', ({ file, ca, at }) => {
    const result = buildChain(load(file), [], all(), new Date(at));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.chain).toHaveLength(2);
    expect(result.chain[1]!.raw).toEqual(load(cas[ca]).raw);
  });

  it.each(containers)('the certificate in $file chains to its test CA at $at', ({ file, password, ca, at }) => {
    const container = readPkcs12(readCorpusDer(`nca-test-pki/keys/${file}`), password);
    const result = buildChain(
      parseCertificate(container.certificate),
      container.certificates.map(parseCertificate),
      all(),
      new Date(at),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.chain.at(-1)!.raw).toEqual(load(cas[ca]).raw);
  });

  it.each(leaves)('$name is untrusted by a store without its CA', ({ file, ca, at }) => {
    const others = Object.entries(cas)
      .filter(([key]) => key !== ca)
      .map(([, path]) => path);
    const result = buildChain(load(file), [], storeOf(...others), new Date(at));
    expect(result).toMatchObject({ ok: false, code: 'SIG_UNTRUSTED_CHAIN' });
  });

  it('takes an issuer embedded in the signature only as a link, never as a trust anchor', () => {
    const result = buildChain(load(leaves[0].file), [load(cas.rsa)], storeOf(cas.gost2004), new Date(leaves[0].at));
    expect(result).toMatchObject({ ok: false, code: 'SIG_UNTRUSTED_CHAIN' });
  });

  it('reports an expired and a not-yet-valid signer certificate', () => {
    const leaf = load(leaves[0].file);
    expect(buildChain(leaf, [], all(), new Date('2023-06-01T00:00:00Z'))).toMatchObject({
      ok: false,
      code: 'SIG_CERT_EXPIRED',
      certificate: leaf,
    });
    expect(buildChain(leaf, [], all(), new Date('2021-06-01T00:00:00Z'))).toMatchObject({
      ok: false,
      code: 'SIG_CERT_NOT_YET_VALID',
      certificate: leaf,
    });
  });

  it('reports a CA certificate that had expired at the time checked', () => {
    // The GOST 2004 test CA expired on 2024-03-12; pretend its leaf were still valid then.
    const leaf = load(leaves[2].file);
    const longLived: Certificate = { ...leaf, notAfter: new Date('2030-01-01T00:00:00Z') };
    const result = buildChain(longLived, [], all(), new Date('2025-01-01T00:00:00Z'));
    expect(result).toMatchObject({ ok: false, code: 'SIG_CERT_EXPIRED' });
    if (!result.ok) expect(result.certificate!.raw).toEqual(load(cas.gost2004).raw);
  });

  it('classifies the corpus CAs as anchors of a test store', () => {
    const store = all();
    expect(store.anchors).toHaveLength(3);
    expect(store.intermediates).toHaveLength(0);
    expect(store.isTest).toBe(true);
  });

  it('checks each signature once: the second verification of a GOST chain is a cache hit', () => {
    clearChainCache();
    const leaf = load(leaves[3].file);
    const store = all();
    const at = new Date(leaves[3].at);
    expect(buildChain(leaf, [], store, at).ok).toBe(true);
    const first = chainCacheStats();
    expect(first.misses).toBe(1);
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(buildChain(load(leaves[3].file), [], store, at).ok).toBe(true);
    expect(chainCacheStats().misses).toBe(1);
    expect(chainCacheStats().hits).toBe(first.hits + 100);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not take a cached result for a certificate whose body was altered', () => {
    const leaf = load(leaves[0].file);
    expect(buildChain(leaf, [], all(), new Date(leaves[0].at)).ok).toBe(true);
    const tbs = Uint8Array.from(leaf.tbs);
    tbs[tbs.length - 30]! ^= 1;
    expect(buildChain({ ...leaf, tbs }, [], all(), new Date(leaves[0].at))).toMatchObject({
      ok: false,
      code: 'SIG_UNTRUSTED_CHAIN',
    });
  });
});

describe('chains through generated RSA CAs (ACC-6)', () => {
  const from = new Date('2025-01-01T00:00:00Z');
  const to = new Date('2035-01-01T00:00:00Z');
  const at = new Date('2026-01-01T00:00:00Z');
  const rootKey = rsaKey();
  const subKey = rsaKey();
  const leafKey = rsaKey();
  /** A certificate of one party by another (each a name and its key), parsed; valid from `from` to `to`. */
  const issue = (
    serial: bigint,
    [subject, subjectKey]: [string, TestKey],
    [issuer, issuerKey]: [string, TestKey],
    extra: Partial<CertificateSpec> = {},
  ) =>
    parseCertificate(
      issueTestCertificate({ serial, subject, issuer, subjectKey, issuerKey, notBefore: from, notAfter: to, ...extra }),
    );
  const root = parseCertificate(issueTestCa('Root TEST', rootKey, from, to));
  const sub = issue(2n, ['Sub TEST', subKey], ['Root TEST', rootKey], { ca: true, keyUsage: 0x06 });
  const leaf = issue(3n, ['Signer', leafKey], ['Sub TEST', subKey], { keyUsage: 0xc0 });

  it('follows an intermediate embedded in the signature up to the root in the store', () => {
    const result = buildChain(leaf, [sub], trustStoreFromCertificates([root.raw]), at);
    expect(result.ok && result.chain.map((c) => c.serialNumber)).toEqual(['03', '02', '01']);
  });

  it('ends at an intermediate CA of the store without needing its root', () => {
    const result = buildChain(leaf, [], trustStoreFromCertificates([sub.raw]), at);
    expect(result.ok && result.chain.map((c) => c.serialNumber)).toEqual(['03', '02']);
  });

  it('sorts a store into anchors and intermediates', () => {
    const store = trustStoreFromCertificates([sub.raw, root.raw]);
    expect(store.anchors.map((c) => c.serialNumber)).toEqual(['01']);
    expect(store.intermediates.map((c) => c.serialNumber)).toEqual(['02']);
    expect(store.isTest).toBe(true);
  });

  it('refuses an issuer that is not a CA (basicConstraints cA false)', () => {
    const notCaKey = rsaKey();
    const notCa = issue(4n, ['Sub TEST', notCaKey], ['Root TEST', rootKey], { ca: false });
    const child = issue(5n, ['Signer', leafKey], ['Sub TEST', notCaKey]);
    const result = buildChain(child, [notCa], trustStoreFromCertificates([root.raw]), at);
    expect(result).toMatchObject({ ok: false, code: 'SIG_UNTRUSTED_CHAIN' });
    if (!result.ok) expect(result.detail).toContain('is not a CA');
  });

  it('picks the right one of two same-named CAs by key identifier and signature', () => {
    const otherKey = rsaKey();
    const impostor = issue(6n, ['Sub TEST', otherKey], ['Root TEST', rootKey], { ca: true, noKeyIdentifiers: true });
    const result = buildChain(leaf, [impostor, sub], trustStoreFromCertificates([root.raw]), at);
    expect(result.ok && result.chain.map((c) => c.serialNumber)).toEqual(['03', '02', '01']);
  });

  it('stops at loops and at the depth bound', () => {
    const aKey = rsaKey();
    const bKey = rsaKey();
    const a = issue(7n, ['Loop A', aKey], ['Loop B', bKey], { ca: true });
    const b = issue(8n, ['Loop B', bKey], ['Loop A', aKey], { ca: true });
    const child = issue(9n, ['Signer', leafKey], ['Loop A', aKey]);
    expect(buildChain(child, [a, b], trustStoreFromCertificates([root.raw]), at)).toMatchObject({
      ok: false,
      code: 'SIG_UNTRUSTED_CHAIN',
    });
    expect(buildChain(leaf, [sub], trustStoreFromCertificates([root.raw]), at, { maxDepth: 2 })).toMatchObject({
      ok: false,
      code: 'SIG_UNTRUSTED_CHAIN',
    });
  });

  it('judges a remembered chain again at each time: every link, CA certificates included', () => {
    const shortKey = rsaKey();
    const until = new Date('2030-01-01T00:00:00Z');
    const shortCa = issue(10n, ['Short TEST', shortKey], ['Root TEST', rootKey], {
      notAfter: until,
      ca: true,
      keyUsage: 0x06,
    });
    const signer = issue(11n, ['Signer', leafKey], ['Short TEST', shortKey], { keyUsage: 0xc0 });
    const store = trustStoreFromCertificates([root.raw]);
    const later = new Date('2031-01-01T00:00:00Z');
    for (let round = 0; round < 2; round++) {
      expect(buildChain(signer, [shortCa], store, at)).toMatchObject({ ok: true });
      expect(buildChain(signer, [shortCa], store, later)).toMatchObject({
        ok: false,
        code: 'SIG_CERT_EXPIRED',
        certificate: shortCa,
      });
      expect(buildChain(signer, [shortCa], store, new Date('2036-01-01T00:00:00Z'))).toMatchObject({
        ok: false,
        code: 'SIG_CERT_EXPIRED',
        certificate: signer,
      });
      expect(buildChain(signer, [shortCa], store, new Date('2024-01-01T00:00:00Z'))).toMatchObject({
        ok: false,
        code: 'SIG_CERT_NOT_YET_VALID',
      });
    }
  });

  it('does not reuse a remembered chain for a signature that lacks the intermediate it went through', () => {
    const store = trustStoreFromCertificates([root.raw]);
    expect(buildChain(leaf, [sub], store, at).ok).toBe(true);
    expect(buildChain(leaf, [], store, at)).toMatchObject({ ok: false, code: 'SIG_UNTRUSTED_CHAIN' });
    expect(buildChain(leaf, [sub], store, at, { maxDepth: 2 })).toMatchObject({
      ok: false,
      code: 'SIG_UNTRUSTED_CHAIN',
    });
    expect(buildChain(leaf, [sub], trustStoreFromCertificates([sub.raw]), at)).toMatchObject({
      ok: true,
      chain: [leaf, sub],
    });
  });

  it('checks the signatures again after clearChainCache, even for a remembered chain', () => {
    const store = trustStoreFromCertificates([root.raw]);
    expect(buildChain(leaf, [sub], store, at).ok).toBe(true);
    clearChainCache();
    expect(buildChain(leaf, [sub], store, at).ok).toBe(true);
    expect(chainCacheStats().misses).toBe(2);
    expect(buildChain(leaf, [sub], store, at).ok).toBe(true);
    expect(chainCacheStats().misses).toBe(2);
  });

  it('accepts a signer certificate that is itself in the store', () => {
    expect(buildChain(sub, [], trustStoreFromCertificates([sub.raw]), at)).toMatchObject({ ok: true, chain: [sub] });
  });
});
