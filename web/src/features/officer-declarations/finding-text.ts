import type { ControlFinding } from './officer-declaration.ts';

/**
 * A control finding's message in the reader's language, its {placeholders} filled from the
 * finding's values, as the server fills them (platform/i18n/language.ts, interpolate).
 */
export function findingText(finding: ControlFinding, language: string | undefined): string {
  const template =
    typeof finding.message === 'string'
      ? finding.message
      : (finding.message[language === 'kk' || language === 'en' ? language : 'ru'] ?? finding.message.ru);
  const params = finding.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
