import { children, type DerNode, readDer } from '../asn1/der.ts';

/**
 * The serial INTEGER exactly as encoded, which x509/certificate.ts does not keep (it keeps the
 * hex value) but an IssuerAndSerialNumber must repeat byte for byte; read here from the DER
 * rather than widening the shared parser.
 */
function tbsFields(der: Uint8Array): DerNode[] {
  const [tbs] = children(readDer(der));
  const fields = children(tbs!);
  // Skip the optional [0] version.
  return fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
}

/** The DER of the issuer Name and of the serialNumber INTEGER, as an IssuerAndSerialNumber holds them. */
export function issuerAndSerialDer(der: Uint8Array): { issuer: Uint8Array; serial: Uint8Array } {
  const fields = tbsFields(der);
  return { serial: fields[0]!.raw, issuer: fields[2]!.raw };
}
