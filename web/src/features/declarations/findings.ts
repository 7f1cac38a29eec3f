import { interpolate, type LocalizedText, type MessageParams } from '@shekara/contracts/i18n';
import type { Language } from '../../i18n/index.ts';
import { itemIndexOf } from './document-paths.ts';

/** A control message as the editor shows it, whether control ran here or on the server. */
export interface ControlMessage {
  rule: string;
  severity: 'error' | 'warning';
  path: string;
  text: string;
}

/** A finding of the shared rules (control/engine.ts `Finding`), in the user's language. */
export function messageOf(
  finding: {
    rule: string;
    severity: 'error' | 'warning';
    path: string;
    params: MessageParams;
    message: LocalizedText;
  },
  language: Language,
): ControlMessage {
  return {
    rule: finding.rule,
    severity: finding.severity,
    path: finding.path,
    text: interpolate(finding.message[language], finding.params, language),
  };
}

/** The server's localised report (`/check`, a refused submission): message already in the user's language. */
export interface LocalizedReport {
  errors: { rule: string; path: string; message: string }[];
  warnings: { rule: string; path: string; message: string }[];
}

export function messagesOfReport(report: LocalizedReport): ControlMessage[] {
  return [
    ...report.errors.map((f) => ({ rule: f.rule, severity: 'error' as const, path: f.path, text: f.message })),
    ...report.warnings.map((f) => ({ rule: f.rule, severity: 'warning' as const, path: f.path, text: f.message })),
  ];
}

/** Messages arranged for the editor: by field path for the header, by item for the grid. */
export interface MessageIndex {
  byPath: ReadonlyMap<string, readonly ControlMessage[]>;
  byItem: ReadonlyMap<number, readonly ControlMessage[]>;
  errors: number;
  warnings: number;
}

export function indexMessages(messages: readonly ControlMessage[]): MessageIndex {
  const byPath = new Map<string, ControlMessage[]>();
  const byItem = new Map<number, ControlMessage[]>();
  let errors = 0;
  for (const message of messages) {
    if (message.severity === 'error') errors++;
    byPath.set(message.path, [...(byPath.get(message.path) ?? []), message]);
    const item = itemIndexOf(message.path);
    if (item !== null) byItem.set(item, [...(byItem.get(item) ?? []), message]);
  }
  return { byPath, byItem, errors, warnings: messages.length - errors };
}

/** One line of text for a field's messages (errors first). */
export function fieldMessage(messages: readonly ControlMessage[] | undefined): string | undefined {
  if (!messages || messages.length === 0) return undefined;
  return [...messages]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((m) => m.text)
    .join(' ');
}

/**
 * Whether two rows' messages say the same: the grid keeps a row's render when they do, so a
 * new control report re-renders only the items whose messages changed.
 */
export function sameMessages(
  a: readonly ControlMessage[] | undefined,
  b: readonly ControlMessage[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((m, i) => m.rule === b[i]!.rule && m.path === b[i]!.path && m.text === b[i]!.text);
}
