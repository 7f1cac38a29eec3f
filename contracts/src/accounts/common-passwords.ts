/**
 * Passwords attackers try first (NIST SP 800-63B 5.1.1.2: check against values known to be
 * commonly used, expected or compromised). Two parts: whole passwords of twelve characters or
 * more that lead breach-corpus frequency lists, and short bases people pad to the minimum length
 * ("password" + "2024!", "qwerty" × 2). The policy (passwords.ts) also catches repeats, runs and
 * keyboard walks, so this list need not spell them all out.
 */
export const commonPasswords: readonly string[] = [
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567891011', '123123123123',
  '111111111111', '000000000000', '123412341234', '121212121212', '147258369147', '987654321098',
  'qwertyuiop12', 'qwertyuiop123', 'qwerty123456', 'qwerty1234567', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'zaq1zaq1zaq1', 'qazwsxedcrfv', 'qwertyuiopas', 'asdfghjkl123', 'zxcvbnm12345',
  'password1234', 'password12345', 'password123456', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234',
  'iloveyou1234', 'iloveyou123456', 'princess1234', 'sunshine1234', 'football1234', 'baseball1234',
  'letmein12345', 'welcome12345', 'welcome123456', 'administrator', 'administrator1', 'admin1234567',
  'changeme1234', 'trustno1trustno1', 'mustang12345', 'superman1234', 'starwars1234', 'whatever1234',
  'michael12345', 'jennifer1234', 'computer1234', 'internet1234', 'monkey123456', 'dragon123456',
  'master123456', 'shadow123456', 'abc123456789', 'abcdefghijkl', 'abcd12345678', 'a1b2c3d4e5f6',
  'qwertyqwerty', 'asdfasdfasdf', 'passwordpassword', 'helloworld12', 'hello1234567', 'testtest1234',
  'parol1234567', 'parol123456789', 'kazakhstan123', 'kazakhstan2024', 'kazakhstan2025', 'kazakhstan2026',
  'astana123456', 'almaty123456', 'пароль123456', 'пароль1234567', 'йцукенгшщзхъ', 'йцукен123456',
  'qwerty12345678', 'q1w2e3r4t5y6', '1q2w3e4r1q2w3e4r', 'qwe123qwe123', 'asd123asd123', 'zxc123zxc123',
];

/** Words people build passwords around: with digits and symbols stripped, these are refused. */
export const commonBases: readonly string[] = [
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbn', 'zxcvbnm',
  'iloveyou', 'princess', 'sunshine', 'football', 'baseball', 'letmein', 'welcome', 'admin', 'administrator',
  'login', 'master', 'monkey', 'dragon', 'shadow', 'superman', 'batman', 'starwars', 'whatever', 'trustno',
  'freedom', 'secret', 'summer', 'winter', 'spring', 'autumn', 'hello', 'helloworld', 'test', 'guest', 'user',
  'changeme', 'default', 'parol', 'parole', 'пароль', 'qwerty', 'йцукен', 'йцукенгшщз', 'kazakhstan', 'qazaqstan',
  'astana', 'almaty', 'shymkent', 'keden', 'kedenkz', 'customs', 'tamozhnya', 'shekara', 'declarant', 'deklarant',
];
