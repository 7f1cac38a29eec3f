import { children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';
import { hex, stripLeadingZeros } from '../x509/certificate.ts';
import { CmsFormatError } from './errors.ts';

/** TSTInfo (RFC 3161 §2.4.2): the content a time-stamping authority signs. */
export interface TstInfo {
  policy: string;
  hashAlgorithm: string;
  hashedMessage: Uint8Array;
  /** Upper-case hex, as Certificate.serialNumber. */
  serialNumber: string;
  genTime: Date;
  /** Upper-case hex of the request's nonce, when the TSA echoed one. */
  nonce?: string;
}

export function parseTstInfo(der: Uint8Array): TstInfo {
  try {
    const fields = children(readDer(der));
    const [version, policy, imprint, serial, genTime] = fields;
    if (!version || !policy || !imprint || !serial || !genTime) throw new CmsFormatError('TSTInfo is incomplete');
    if (version.tag !== 0x02 || version.value.length !== 1 || version.value[0] !== 1)
      throw new CmsFormatError('TSTInfo version is not 1');
    const [algorithm, hashed] = children(imprint);
    if (!algorithm || hashed?.tag !== 0x04) throw new CmsFormatError('messageImprint is malformed');
    if (serial.tag !== 0x02) throw new CmsFormatError('TSTInfo serialNumber is not an INTEGER');
    // After genTime: accuracy SEQUENCE, ordering BOOLEAN, nonce INTEGER, tsa [0], extensions [1].
    const nonce = fields.slice(5).find((field) => field.tag === 0x02);
    return {
      policy: objectIdentifier(policy),
      hashAlgorithm: objectIdentifier(children(algorithm)[0]!),
      hashedMessage: hashed.value,
      serialNumber: hex(stripLeadingZeros(serial.value)),
      genTime: readGeneralizedTime(genTime),
      ...(nonce ? { nonce: hex(stripLeadingZeros(nonce.value)) } : {}),
    };
  } catch (error) {
    if (error instanceof DerError || error instanceof TypeError) throw new CmsFormatError(`TSTInfo: ${error.message}`);
    throw error;
  }
}

/** GeneralizedTime with optional fractional seconds, which TSAs use and certificates do not. */
function readGeneralizedTime(node: DerNode): Date {
  const text = Buffer.from(node.value).toString('latin1');
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(text);
  if (node.tag !== 0x18 || !match) throw new CmsFormatError(`bad genTime ${text}`);
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const milliseconds = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, milliseconds));
}
