// The languages and their texts are the contract's, shared with the browser; the server reads them from there.
export {
  cookieLanguage,
  interpolate,
  type Language,
  type LocalizedText,
  languages,
  type MessageParams,
  negotiateLanguage,
} from '@shekara/contracts/i18n';
