import { bitStringBytes, children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';
import {
  type Certificate,
  type NameAttribute,
  parseCertificate,
  readExtensions,
  readName,
  readTime,
} from '../x509/certificate.ts';
import { type RevocationReason, reasonName } from '../x509/crl.ts';
import { type CertId, ocspNonceOid, readCertId } from './ocsp-request.ts';

/** RFC 6960 §4.2.1 OCSPResponseStatus. */
const responseStatuses = [
  'successful',
  'malformedRequest',
  'internalError',
  'tryLater',
  null,
  'sigRequired',
  'unauthorized',
] as const;
export type OcspResponseStatus = Exclude<(typeof responseStatuses)[number], null> | 'unrecognised';

const basicResponseOid = '1.3.6.1.5.5.7.48.1.1';

export type CertStatus =
  | { status: 'good' }
  | { status: 'revoked'; revokedAt: Date; reason: RevocationReason | null }
  | { status: 'unknown' };

export interface SingleResponse {
  certId: CertId;
  certStatus: CertStatus;
  thisUpdate: Date;
  nextUpdate: Date | null;
}

export type ResponderId = { byName: NameAttribute[] } | { byKey: Uint8Array };

export interface BasicOcspResponse {
  /** The DER of tbsResponseData: what the responder signed. */
  tbs: Uint8Array;
  responderId: ResponderId;
  producedAt: Date;
  responses: SingleResponse[];
  /** The nonce extension's extnValue contents, null when absent. */
  nonce: Uint8Array | null;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** Certificates the responder embedded: its own, and perhaps its chain. */
  certificates: Certificate[];
}

export type OcspResponse =
  | { status: 'successful'; basic: BasicOcspResponse }
  | { status: Exclude<OcspResponseStatus, 'successful'> };

/** Reads an OCSPResponse; anything that is not one throws DerError. */
export function parseOcspResponse(der: Uint8Array): OcspResponse {
  const [statusNode, bytesField] = children(readDer(der));
  if (statusNode?.tag !== 0x0a) throw new DerError('an OCSPResponse starts with its responseStatus');
  const status = responseStatuses[statusNode.value[0] ?? 99] ?? 'unrecognised';
  if (status !== 'successful') return { status };
  if (bytesField?.tag !== 0xa0) throw new DerError('a successful OCSPResponse carries responseBytes');
  const [responseType, response] = children(children(bytesField)[0]!);
  if (!responseType || objectIdentifier(responseType) !== basicResponseOid || response?.tag !== 0x04)
    throw new DerError('not a BasicOCSPResponse');
  return { status, basic: parseBasicResponse(response.value) };
}

function parseBasicResponse(der: Uint8Array): BasicOcspResponse {
  const [tbs, signatureAlgorithm, signature, certs] = children(readDer(der));
  if (!tbs || !signatureAlgorithm || !signature) throw new DerError('a BasicOCSPResponse has three parts');
  const fields = children(tbs);
  let index = fields[0]?.tag === 0xa0 ? 1 : 0; // version [0] EXPLICIT DEFAULT v1
  const responder = fields[index++];
  const producedAt = fields[index++];
  const responses = fields[index++];
  if (!responder || producedAt?.tag !== 0x18 || responses?.tag !== 0x30)
    throw new DerError('ResponseData is incomplete');
  const extensions = readExtensions(fields.slice(index).find((f) => f.tag === 0xa1));
  return {
    tbs: tbs.raw,
    responderId: readResponderId(responder),
    producedAt: readTime(producedAt),
    responses: children(responses).map(readSingleResponse),
    nonce: extensions.get(ocspNonceOid) ?? null,
    signatureAlgorithm: objectIdentifier(children(signatureAlgorithm)[0]!),
    signature: bitStringBytes(signature),
    certificates: certs?.tag === 0xa0 ? children(children(certs)[0]!).map((c) => parseCertificate(c.raw)) : [],
  };
}

function readResponderId(node: DerNode): ResponderId {
  const [inner] = children(node);
  if (node.tag === 0xa1 && inner) return { byName: readName(inner) };
  if (node.tag === 0xa2 && inner?.tag === 0x04) return { byKey: inner.value };
  throw new DerError('bad ResponderID');
}

function readSingleResponse(node: DerNode): SingleResponse {
  const [certId, status, thisUpdate, ...rest] = children(node);
  if (!certId || !status || thisUpdate?.tag !== 0x18) throw new DerError('bad SingleResponse');
  const next = rest.find((f) => f.tag === 0xa0);
  return {
    certId: readCertId(certId),
    certStatus: readCertStatus(status),
    thisUpdate: readTime(thisUpdate),
    nextUpdate: next ? readTime(children(next)[0]!) : null,
  };
}

function readCertStatus(node: DerNode): CertStatus {
  if (node.tag === 0x80) return { status: 'good' };
  if (node.tag === 0x82) return { status: 'unknown' };
  if (node.tag !== 0xa1) throw new DerError(`bad CertStatus tag 0x${node.tag.toString(16)}`);
  const [time, reasonField] = children(node);
  if (time?.tag !== 0x18) throw new DerError('RevokedInfo without revocationTime');
  const reasonNode = reasonField?.tag === 0xa0 ? children(reasonField)[0] : undefined;
  return {
    status: 'revoked',
    revokedAt: readTime(time),
    reason: reasonNode?.tag === 0x0a ? reasonName(reasonNode.value[0] ?? 0) : null,
  };
}
