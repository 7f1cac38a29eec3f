import { useEffect, useReducer, useState } from 'react';
import { ApiError } from '../../api.ts';
import { saveDocument } from './declarations-api.ts';
import { DraftSaver } from './draft-saver.ts';

export type { SaveState } from './draft-saver.ts';

/** The draft is saved this long after the last change (issue 6 point 2: autosave). */
export const autosaveDelayMs = 1000;

const isFinal = (failure: unknown) =>
  failure instanceof ApiError && (failure.code === 'DECL_REVISION_CONFLICT' || failure.code === 'DECL_NOT_EDITABLE');

/**
 * Saves the working copy a moment after each change (draft-saver.ts has the rules). Leaving the
 * editor — another page of the app, or closing the tab — sends what is not saved yet; `saveNow`
 * resolves once the server holds the copy the user sees.
 */
export function useAutosave(id: string, document: unknown, loadedRevision: number, enabled: boolean) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [saver] = useState(
    () =>
      new DraftSaver(
        document,
        loadedRevision,
        async (sent, revision, { keepalive }) => (await saveDocument(id, sent, revision, { keepalive })).revision,
        { delayMs: autosaveDelayMs, isFinal, onChange: rerender },
      ),
  );

  useEffect(() => {
    if (enabled) saver.change(document);
  }, [saver, document, enabled]);

  useEffect(() => {
    const closing = () => saver.leave({ keepalive: true });
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pagehide', closing);
      saver.leave();
    };
  }, [saver]);

  useEffect(() => {
    // A change a closing page cannot carry (draft-saver.ts): the browser asks the user to stay.
    const asking = (event: BeforeUnloadEvent) => {
      if (!saver.unsavedBeyondKeepalive()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', asking);
    return () => window.removeEventListener('beforeunload', asking);
  }, [saver]);

  return {
    state: saver.state,
    error: saver.error,
    revision: () => saver.currentRevision(),
    /** Resolves once everything typed is saved; answers false when saving failed or stopped. */
    saveNow: () => saver.flush(),
  };
}
