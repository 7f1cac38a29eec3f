import fs from 'node:fs';
import path from 'node:path';
import {
  CrlStore,
  createSignatureVerifier,
  loadCrlDirectory,
  loadTrustStore,
  parseCrl,
  type SignatureVerifier,
  trustStoreFromCertificates,
  type XmlLimits,
} from '@shekara/nca';
import { loadTestPki, makeTestPki, type TestPki } from '@shekara/nca/test-pki';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import { workerChecker } from './worker-checker.ts';

export interface SignatureSetup {
  verifier: SignatureVerifier;
  /** The project's own test PKI, outside production only: it backs the development test signer. */
  testPki: TestPki | null;
  /** Where that test PKI lives on disk (a server's DATA_DIR/test-pki): keys made for development are kept beside it. */
  testPkiDir?: string;
}

/**
 * The shape a signed XML document may have here. The public verify endpoint takes at most
 * 512 KiB (contracts: verifyBodyLimitBytes); within that, these keep the worst document's parse
 * and canonicalisation to about half a second of a worker's time. A real one is far inside them:
 * an ESADout_CU transit declaration has some 130 elements an item (20,000 is about 150 items),
 * nests 9 deep in an ED_Container and 10 more in XAdES, one attribute an element, a dozen namespaces.
 */
export const signedXmlLimits: XmlLimits = {
  maxDepth: 64,
  maxElements: 20_000,
  maxAttributes: 32,
  maxNamespaceDeclarations: 64,
  maxTextLength: 512 * 1024,
};

/**
 * Builds the signature verifier the configuration asks for. With SIGNATURE_TRUST_DIR the operator's
 * roots are trusted. Without it, outside production, the project's own test PKI is made once in
 * DATA_DIR/test-pki and trusted, so that `npm start` on a fresh machine can sign and verify;
 * production without roots trusts nothing and says so.
 */
export async function setUpSignatures(
  config: Config,
  logger: Logger,
  clock: Clock,
  workers: TaskRunner,
): Promise<SignatureSetup> {
  const settings = config.signature;
  // What needs only the bytes (parsing, digests, the signers' signatures) runs on the worker threads.
  const checks = { checker: workerChecker(workers), xmlLimits: signedXmlLimits };
  const fetcher = settings.fetchRevocation ? { fetch: globalThis.fetch } : {};
  const ocsp = settings.ocspUrl ? { ocspUrl: settings.ocspUrl } : {};
  if (settings.trustDir) {
    const trust = loadTrustStore(settings.trustDir);
    const crls = loadCrlDirectory(settings.crlDir ?? null);
    logger.info(
      { trustDir: settings.trustDir, anchors: trust.anchors.length, crls: crls.size, test: trust.isTest },
      'signature trust store loaded',
    );
    return {
      verifier: createSignatureVerifier({
        trust,
        crls,
        revocation: settings.revocation,
        clock,
        ...checks,
        ...ocsp,
        ...fetcher,
      }),
      testPki: null,
    };
  }
  if (config.environment === 'production') {
    logger.warn(
      'SIGNATURE_TRUST_DIR is not set: no certification authority is trusted, every signature will be refused',
    );
    const trust = trustStoreFromCertificates([]);
    return {
      verifier: createSignatureVerifier({ trust, crls: new CrlStore(), revocation: 'none', clock, ...checks }),
      testPki: null,
    };
  }
  const dir = path.join(config.dataDir, 'test-pki');
  const testPki = await ensureTestPki(dir, logger);
  const trust = loadTrustStore(path.join(dir, 'trust'));
  // The test PKI's addresses are in the reserved .test domain: its CRLs are read from disk, never fetched.
  const crls = new CrlStore(testPki.authorities.map((authority) => parseCrl(authority.crl)));
  const revocation = settings.revocation === 'ocsp' ? 'crl' : settings.revocation;
  logger.info(
    { testPki: dir, anchors: trust.anchors.length },
    'development: trusting the test PKI (never in production)',
  );
  return {
    verifier: createSignatureVerifier({ trust, crls, revocation, clock, ...checks, ...ocsp }),
    testPki,
    testPkiDir: dir,
  };
}

async function ensureTestPki(dir: string, logger: Logger): Promise<TestPki> {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    // Written beside and renamed, so a crash mid-way never leaves half a PKI that looks whole.
    const partial = `${dir}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    const started = performance.now();
    const manifest = await makeTestPki(partial);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(partial, dir);
    logger.info(
      { dir, holders: manifest.holders.length, ms: Math.round(performance.now() - started) },
      'test PKI made',
    );
  }
  return loadTestPki(dir);
}
