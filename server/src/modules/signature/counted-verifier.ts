import type { SignatureVerifier, VerificationResult } from '@shekara/nca';
import type { Metrics } from '../../platform/metrics/metrics.ts';

/**
 * The verifier every module is given, counting each check by format, the signer's algorithm and
 * its result. A check that throws (a worker thread refusing: busy, too complex) is not a verdict
 * on the signature and is not counted.
 */
export function countedVerifier(verifier: SignatureVerifier, metrics: Metrics): SignatureVerifier {
  const count = (format: 'cms' | 'xml', result: VerificationResult) => {
    metrics.signatureVerified(
      format,
      result.signer?.algorithm ?? 'unknown',
      result.valid ? 'valid' : (result.code ?? 'invalid'),
    );
    return result;
  };
  return {
    testTrust: verifier.testTrust,
    verifyCms: async (cms, options) => count('cms', await verifier.verifyCms(cms, options)),
    verifyXml: async (xml, options) => count('xml', await verifier.verifyXml(xml, options)),
  };
}
