import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import { saveDocument } from './declarations-api.ts';

/** The draft is saved this long after the last change (issue 6 point 2: autosave). */
export const autosaveDelayMs = 1000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

/**
 * Saves the working copy a moment after each change with the revision it was loaded at; a save
 * that finds another revision stops saving and says so (DECL_REVISION_CONFLICT), so one window
 * never overwrites another's work. One save at a time; changes made during a save follow it.
 */
export function useAutosave(id: string, document: unknown, loadedRevision: number, enabled: boolean) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>();
  const revision = useRef(loadedRevision);
  const latest = useRef(document);
  const saved = useRef(document);
  const saving = useRef(false);
  const stopped = useRef(false);

  const save = useCallback(async () => {
    if (saving.current || stopped.current || latest.current === saved.current) return;
    saving.current = true;
    setState('saving');
    const sending = latest.current;
    try {
      const answer = await saveDocument(id, sending, revision.current);
      revision.current = answer.revision;
      saved.current = sending;
      setError(undefined);
      setState(latest.current === sending ? 'saved' : 'pending');
    } catch (failure) {
      setError(failure);
      if (
        failure instanceof ApiError &&
        (failure.code === 'DECL_REVISION_CONFLICT' || failure.code === 'DECL_NOT_EDITABLE')
      ) {
        stopped.current = true;
        setState('conflict');
      } else setState('failed');
    } finally {
      saving.current = false;
    }
    if (!stopped.current && latest.current !== saved.current) setTimeout(() => void save(), autosaveDelayMs);
  }, [id]);

  useEffect(() => {
    latest.current = document;
    if (!enabled || document === saved.current || stopped.current) return;
    setState('pending');
    const timer = setTimeout(() => void save(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [document, enabled, save]);

  return { state, error, revision: () => revision.current, saveNow: save };
}
