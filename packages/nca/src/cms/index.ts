export { type CmsAlgorithm, type CreateCmsInput, createCms, createCmsAsync } from './create-cms.ts';
export { type CmsFailure, type CmsFailureCode, CmsFormatError } from './errors.ts';
export {
  parseSignedData,
  type SignedData,
  type SignerInfo,
} from './signed-data.ts';
export {
  checkTimestampToken,
  parseTimeStampResponse,
  type TimeStampResponse,
  type TimestampCheck,
  type TimestampInfo,
} from './timestamp.ts';
export { type CmsCheck, type CmsCheckOptions, type CmsSigner, checkCms } from './verify-cms.ts';
