/**
 * Why a key container could not be opened. A wrong password must be told apart from a damaged or
 * foreign file: the first is the user's to fix by retyping, the second is not.
 */
export class Pkcs12Error extends Error {
  override name = 'Pkcs12Error';
}

/**
 * The MAC (or, without one, the decrypted bags) did not check out. PKCS#12 cannot tell a wrong
 * password from a file damaged inside the MAC-protected part; the wrong password is by far the
 * likelier, and OpenSSL reports it the same way.
 */
export class Pkcs12PasswordError extends Pkcs12Error {
  override name = 'Pkcs12PasswordError';
  readonly code = 'wrong_password';
  constructor() {
    super('wrong password for the key container');
  }
}

export class Pkcs12FormatError extends Pkcs12Error {
  override name = 'Pkcs12FormatError';
  readonly code: 'malformed' | 'unsupported';
  constructor(message: string, code: 'malformed' | 'unsupported' = 'malformed') {
    super(message);
    this.code = code;
  }
}
