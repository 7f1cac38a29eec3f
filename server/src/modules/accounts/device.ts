/**
 * A short, language-free name of the browser and system a user agent string describes, such as
 * "Chrome 126 · Windows", so that a user choosing which session to end recognises the device
 * without reading the whole header. Null when nothing is recognised.
 */
export function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = browserOf(userAgent);
  const system = systemOf(userAgent);
  const parts = [browser, system].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

// Order matters: Edge and Opera also name Chrome, Chrome also names Safari.
const browsers: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bYaBrowser\/(\d+)/, 'Yandex Browser'],
  [/\bFirefox\/(\d+)/, 'Firefox'],
  [/\bHeadlessChrome\/(\d+)/, 'Chrome'],
  [/\bChrom(?:e|ium)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

function browserOf(userAgent: string): string | null {
  for (const [pattern, name] of browsers) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return null;
}

const systems: readonly [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

function systemOf(userAgent: string): string | null {
  for (const [pattern, name] of systems) if (pattern.test(userAgent)) return name;
  return null;
}
