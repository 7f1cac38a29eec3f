export { canonicalJson } from '@shekara/contracts/domain';
