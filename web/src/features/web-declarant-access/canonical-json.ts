/**
 * The canonical JSON the applicant signs: the server's own function, so the browser signs exactly
 * what the server reads back (a plain file with no server dependencies).
 */
export { canonicalJson } from '@shekara/contracts/domain';
