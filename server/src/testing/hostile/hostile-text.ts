/**
 * The hostile strings of the suite: Unicode tricks wrapped around a near-valid value, and the
 * injection strings every web application is sent sooner or later.
 */

/** Latin letters and digits and a Cyrillic or other character that looks the same. */
const lookalikes: Record<string, string> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  x: '\u0445',
  '0': '\u041e',
  '3': '\u0417',
  '1': '\u04c0',
};

function homoglyph(value: string): string {
  const at = [...value].findIndex((ch) => lookalikes[ch.toLowerCase()] !== undefined);
  if (at < 0) return `\u0430${value}`;
  const chars = [...value];
  chars[at] = lookalikes[chars[at]!.toLowerCase()]!;
  return chars.join('');
}

const fullWidth = (value: string) =>
  value.replace(/[0-9A-Za-z]/g, (ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xfee0));

/** Unicode tricks around a value a field would take: each must be refused where the field is constrained. */
export function unicodeTricks(valid: string): Array<[name: string, value: string]> {
  const middle = Math.max(1, Math.floor(valid.length / 2));
  return [
    ['RTL override', `\u202e${valid}`],
    ['zero-width space inside', `${valid.slice(0, middle)}\u200b${valid.slice(middle)}`],
    ['byte-order mark in front', `\ufeff${valid}`],
    ['homoglyph', homoglyph(valid)],
    ['full-width characters', fullWidth(valid)],
    ['combining mark', `${valid}\u0301`],
    ['NUL', `${valid}\u0000`],
    ['lone surrogate', `${valid}\ud800`],
  ];
}

/** Injection strings: SQL, markup, paths, headers, templates, commands, prototype keys. */
export const injections: Array<[name: string, value: string]> = [
  ['SQL tautology', "' OR '1'='1' --"],
  ['SQL stacked query', '1; DROP TABLE accounts; --'],
  ['SQL union', "' UNION SELECT password_hash FROM accounts --"],
  ['XSS script', '<script>alert(1)</script>'],
  ['XSS attribute', '"><img src=x onerror=alert(1)>'],
  ['path traversal', '../../../../etc/passwd'],
  ['Windows path traversal', '..\\..\\windows\\win.ini'],
  ['header CRLF', 'x\r\nSet-Cookie: shekara_session=forged'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection is exactly this text
  ['template', '${7*7}{{7*7}}#{7*7}'],
  ['shell', '$(cat /etc/passwd); `id`'],
  ['__proto__', '__proto__'],
];

/** Byte sequences that are not UTF-8: overlong forms of '/' and '.', a lone continuation byte, 0xFF. */
export const invalidUtf8: Array<[name: string, bytes: Buffer]> = [
  ['overlong UTF-8 "/"', Buffer.from([0xc0, 0xaf])],
  ['overlong UTF-8 "."', Buffer.from([0xe0, 0x80, 0xae])],
  ['lone continuation byte', Buffer.from([0x80])],
  ['byte 0xFF', Buffer.from([0xff, 0xfe])],
];
