import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  algorithm,
  bitString,
  contextConstructed,
  enumerated,
  generalizedTime,
  objectId,
  octetString,
  sequence,
  tlv,
} from '../asn1/der-writer.ts';
import {
  type CertId,
  certIdMatches,
  encodeCertId,
  ocspNonceOid,
  parseOcspRequest,
} from '../revocation/ocsp-request.ts';
import { type Certificate, parseCertificate } from '../x509/certificate.ts';
import { type RevocationReason, reasonCode } from '../x509/crl.ts';

export type TestCertStatus =
  | { status: 'good' }
  | { status: 'unknown' }
  | { status: 'revoked'; revokedAt: Date; reason?: RevocationReason };

export interface OcspResponderOptions {
  /** The CA whose certificates this responder speaks for. */
  issuer: Certificate;
  /** DER of the certificate whose key signs the answers: the CA's own or a delegated responder's. */
  responderCertificate: Uint8Array;
  /** Signature algorithm OID written into the answers. */
  signatureAlgorithm: string;
  sign: (tbs: Uint8Array) => Uint8Array;
  statusOf: (serialHex: string) => TestCertStatus;
  /** Rewrites the nonce echoed back (null leaves it out): for tests of clients' nonce checks. */
  nonce?: (requested: Uint8Array | null) => Uint8Array | null;
  now?: () => Date;
}

export interface OcspResponder {
  url: string;
  /** How many requests were answered, so tests can tell whether the responder was asked. */
  readonly requests: number;
  close: () => Promise<void>;
}

const maxRequestBytes = 64 * 1024;
const basicResponseOid = '1.3.6.1.5.5.7.48.1.1';

/**
 * A real OCSP responder (RFC 6960) on 127.0.0.1 and a free port, for tests: it reads DER
 * requests posted as application/ocsp-request and answers signed BasicOCSPResponses that embed the
 * responder certificate and echo the request's nonce, the way NCA's responder does.
 */
export async function startOcspResponder(options: OcspResponderOptions): Promise<OcspResponder> {
  const responder = parseCertificate(options.responderCertificate);
  let requests = 0;
  const server = http.createServer((request, response) => {
    const parts: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) request.destroy();
      else parts.push(chunk);
    });
    request.on('end', () => {
      requests++;
      const body =
        request.method === 'POST' ? answer(new Uint8Array(Buffer.concat(parts)), options, responder) : failure(1);
      response.writeHead(200, { 'content-type': 'application/ocsp-response', 'content-length': body.length });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ocsp`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function answer(der: Uint8Array, options: OcspResponderOptions, responder: Certificate): Uint8Array {
  let ids: CertId[];
  let requestedNonce: Uint8Array | null;
  try {
    ({ ids, nonce: requestedNonce } = parseOcspRequest(der));
  } catch {
    return failure(1); // malformedRequest
  }
  const now = (options.now ?? (() => new Date()))();
  const responses = ids.map((id) => sequence(encodeCertId(id), certStatus(id, options), generalizedTime(now)));
  const nonce = options.nonce ? options.nonce(requestedNonce) : requestedNonce;
  const extensions = nonce
    ? [contextConstructed(1, sequence(sequence(objectId(ocspNonceOid), octetString(nonce))))]
    : [];
  const tbs = sequence(
    contextConstructed(1, responder.subjectRaw),
    generalizedTime(now),
    sequence(...responses),
    ...extensions,
  );
  const basic = sequence(
    tbs,
    algorithm(options.signatureAlgorithm),
    bitString(options.sign(tbs)),
    contextConstructed(0, sequence(responder.raw)),
  );
  return sequence(enumerated(0), contextConstructed(0, sequence(objectId(basicResponseOid), octetString(basic))));
}

function certStatus(id: CertId, options: OcspResponderOptions): Uint8Array {
  // A CertID naming another CA is not ours to answer for.
  if (!certIdMatches(id, options.issuer, id.serialNumber)) return tlv(0x82);
  const status = options.statusOf(id.serialNumber);
  if (status.status === 'good') return tlv(0x80);
  if (status.status === 'unknown') return tlv(0x82);
  const reason = status.reason ? [contextConstructed(0, enumerated(reasonCode(status.reason)))] : [];
  return contextConstructed(1, generalizedTime(status.revokedAt), ...reason);
}

/** An OCSPResponse with an error status and no body. */
function failure(status: number): Uint8Array {
  return sequence(enumerated(status));
}
