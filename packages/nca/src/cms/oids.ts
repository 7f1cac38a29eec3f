/** Object identifiers of CMS (RFC 5652), ESS (RFC 2634, 5035), TSP (RFC 3161) and the NCA RK algorithms. */
export const oid = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',

  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',

  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  gost34311: '1.2.398.3.10.1.3.1',
  gost34311CryptoPro: '1.2.643.2.2.9',
  streebog256: '1.2.398.3.10.1.3.2',
  streebog512: '1.2.398.3.10.1.3.3',

  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  rsaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',

  gost2004Key: '1.2.398.3.10.1.1.1.1',
  gost2004Signature: '1.2.398.3.10.1.1.1.2',
  gost2015Key256: '1.2.398.3.10.1.1.2.1',
  gost2015Key512: '1.2.398.3.10.1.1.2.2',
  gost2015Signature256: '1.2.398.3.10.1.1.2.3.1',
  gost2015Signature512: '1.2.398.3.10.1.1.2.3.2',

  timeStamping: '1.3.6.1.5.5.7.3.8',
  subjectKeyIdentifier: '2.5.29.14',
} as const;
