export { canonicalJson } from '../../domain/canonical-json.ts';
