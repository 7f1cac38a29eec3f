import { createContext, useContext } from 'react';
import type { MessageIndex } from './findings.ts';

/** What the header's fields read and write: the document, one setter by path, and control's messages. */
export interface EditorState {
  document: unknown;
  setValue(path: string, value: unknown): void;
  messages: MessageIndex;
  readOnly: boolean;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const state = useContext(EditorContext);
  if (!state) throw new Error('a declaration field needs an <EditorContext> above it');
  return state;
}

/** The element id of a field, so a control message can take the user to it. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
