import { randomInt } from 'node:crypto';
import type { Queryable } from '../../platform/db/database.ts';
import { loginTaken, passwordProblem } from '../accounts/index.ts';

// No 0/O, 1/l/I: the password is read off a printed letter and typed by hand.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password the applicant changes at first log-in (AST-3): 20 random characters in
 * groups of five, about 116 bits, and never one the password policy would refuse.
 */
export function oneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(''),
    );
    const password = groups.join('-');
    if (passwordProblem(password) === null) return password;
  }
}

/**
 * The login of a cabinet: the IIN/BIN the applicant already knows by heart, and for a second
 * cabinet of the same number (another user type) the next free `-2`, `-3`…
 */
export async function freeLogin(db: Queryable, iinBin: string): Promise<string> {
  for (let n = 1; ; n++) {
    const login = n === 1 ? iinBin : `${iinBin}-${n}`;
    if (!(await loginTaken(db, login))) return login;
  }
}
