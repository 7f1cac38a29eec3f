/**
 * The ten types of registered user (REG-5): the server's own list, so the two cannot drift apart
 * (a plain data file with no server dependencies). Texts under `account.userTypes.<type>`.
 */
export { type UserType, userTypes } from '@shekara/contracts/accounts';
