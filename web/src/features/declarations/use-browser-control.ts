import {
  type ControlSnapshot,
  controlDeclaration,
  type ReferenceView,
  referenceViewFromSnapshot,
} from '@shekara/contracts/declarations/control';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type AnyDocument, documentDateOf } from '@shekara/contracts/declarations/documents';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyToday, isIsoDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { fetchControlReference } from './declarations-api.ts';
import { type ControlMessage, messageOf } from './findings.ts';

/** Control waits this long after the last keystroke: a 999-item document is checked once a pause, not per key. */
export const controlDelayMs = 300;

// One snapshot per date for the whole visit: the reference data of a day does not change under the user.
const snapshots = new Map<string, Promise<ReferenceView>>();
function referenceFor(date: string): Promise<ReferenceView> {
  let view = snapshots.get(date);
  if (!view) {
    view = fetchControlReference(date).then((snapshot) => referenceViewFromSnapshot(snapshot as ControlSnapshot));
    view.catch(() => snapshots.delete(date));
    snapshots.set(date, view);
  }
  return view;
}

/** The date a document is judged on: its own (box 54 for goods), else today in Almaty. */
export function judgedDate(kind: DeclarationKind, document: unknown): string {
  const own = documentDateOf(kind, (document ?? {}) as AnyDocument);
  return isIsoDate(own) ? own : almatyToday();
}

export type BrowserControl =
  | { state: 'loading' }
  | { state: 'ready'; messages: ControlMessage[] }
  | { state: 'unavailable'; error: unknown };

/**
 * Format-logical control as the user types (issue 6 point 4): the server's own rules
 * (control/index.ts), run here on the reference snapshot of the document's date, a moment after
 * the last change. The server checks again, authoritatively, at submission.
 */
export function useBrowserControl(kind: DeclarationKind, document: unknown, customsOffice?: string): BrowserControl {
  const { i18n } = useTranslation();
  const [control, setControl] = useState<BrowserControl>({ state: 'loading' });
  const date = judgedDate(kind, document);
  const [reference, setReference] = useState<{ date: string; view: ReferenceView } | null>(null);

  useEffect(() => {
    let live = true;
    referenceFor(date).then(
      (view) => live && setReference({ date, view }),
      (error: unknown) => live && setControl({ state: 'unavailable', error }),
    );
    return () => {
      live = false;
    };
  }, [date]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the findings are worded in the chosen language, so a change of language runs control again
  useEffect(() => {
    if (!reference || reference.date !== date) return;
    const timer = setTimeout(() => {
      const language = currentLanguage();
      try {
        const report = controlDeclaration(kind, document, { reference: reference.view, date, customsOffice });
        setControl({
          state: 'ready',
          messages: [...report.errors, ...report.warnings].map((finding) => messageOf(finding, language)),
        });
      } catch (error) {
        // A rule meeting a shape its model does not allow is a fault of ours, not the user's: say control is unavailable.
        setControl({ state: 'unavailable', error });
      }
    }, controlDelayMs);
    return () => clearTimeout(timer);
  }, [kind, document, date, customsOffice, reference, i18n.resolvedLanguage]);

  return control;
}
