export { checkCms, type CmsCheck, type CmsCheckOptions, type CmsSigner } from './verify-cms.ts';
export { createCms, type CmsAlgorithm, type CreateCmsInput } from './create-cms.ts';
export { checkTimestampToken, parseTimeStampResponse, type TimestampCheck, type TimestampInfo, type TimeStampResponse } from './timestamp.ts';
export {
  parseSignedData,
  type Attribute,
  type ParseLimits,
  type SignedAttributes,
  type SignedData,
  type SignerIdentifier,
  type SignerInfo,
  type SigningCertificate,
} from './signed-data.ts';
export { CmsFormatError, type CmsFailure, type CmsFailureCode } from './errors.ts';
