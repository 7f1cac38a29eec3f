import { hash, verify } from '@node-rs/argon2';

// The rule a password must meet is the contract's, so the browser tells the user before sending it.
export { passwordProblem } from '@shekara/contracts/accounts';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 30 ms per hash here.
const argon2Options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone can type, checked when the login is unknown, so that a wrong login
 * and a wrong password take the same time and cannot be told apart.
 */
export const decoyPasswordHash =
  '$argon2id$v=19$m=19456,t=2,p=1$c2hla2FyYS1kZWNveS1zYWx0$0bLRSmH5e2xE6o0y1bB2o1tP5q0rV8bV7h2q0rS1W0c';
