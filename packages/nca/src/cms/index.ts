export { checkCms, type CmsCheck, type CmsCheckOptions, type CmsSigner } from './verify-cms.ts';
export { createCms, createCmsAsync, type CmsAlgorithm, type CreateCmsInput } from './create-cms.ts';
export { checkTimestampToken, parseTimeStampResponse, type TimestampCheck, type TimestampInfo, type TimeStampResponse } from './timestamp.ts';
export { parseSignedData, type ParseLimits, type SignedData, type SignerIdentifier, type SignerInfo } from './signed-data.ts';
export type { Attribute, SignedAttributes, SigningCertificate } from './attributes.ts';
export { CmsFormatError, type CmsFailure, type CmsFailureCode } from './errors.ts';
