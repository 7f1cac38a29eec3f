import { Card, Stack, Title } from '@mantine/core';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type Dispatch, type SetStateAction, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withValueAt } from '../document-paths.ts';
import { EditorContext, type EditorState, fieldId } from '../editor-context.ts';
import type { MessageIndex } from '../findings.ts';
import { AttachmentsContext, JumpContext, PartsGrid } from './FormPart.tsx';
import { kindForm } from './kind-form.ts';

/** Takes the user to the box a message names (or the first box inside the part it names), once it is rendered. */
function focusSoon(path: string) {
  setTimeout(() => {
    const element =
      document.getElementById(fieldId(path)) ??
      document.querySelector<HTMLElement>(`[data-path^="${CSS.escape(path)}."]`);
    element?.scrollIntoView({ block: 'center' });
    const box =
      element && !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
        ? element.querySelector<HTMLElement>('input, textarea')
        : element;
    box?.focus();
  }, 80);
}

/**
 * The form of any kind but the goods declaration (issue 17 point 1): its model read as sections,
 * groups, lists and boxes (schema-tree.ts), laid out after the kind's paper form (layouts/).
 * Edits go through `setDocument`, replacing only the objects along the edited path.
 */
export function KindForm({
  kind,
  document: doc,
  setDocument,
  messages,
  readOnly,
  jump,
  attachments,
}: {
  kind: DeclarationKind;
  document: Record<string, unknown>;
  setDocument: Dispatch<SetStateAction<Record<string, unknown>>>;
  messages: MessageIndex;
  readOnly: boolean;
  jump: { path: string; seq: number } | null;
  attachments: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { sections } = kindForm(kind);
  const setValue = useMemo(
    () => (path: string, value: unknown) => setDocument((current) => withValueAt(current, path, value)),
    [setDocument],
  );
  const editor = useMemo<EditorState>(
    () => ({ document: doc, setValue, messages, readOnly }),
    [doc, setValue, messages, readOnly],
  );

  useEffect(() => {
    if (jump) focusSoon(jump.path);
  }, [jump]);

  return (
    <EditorContext.Provider value={editor}>
      <AttachmentsContext.Provider value={attachments}>
        <JumpContext.Provider value={jump?.path ?? null}>
          <Stack gap="lg" data-testid="kind-form">
            {sections.map((section) => {
              const flagged = [...messages.byPath.keys()].some((path) =>
                section.nodes.some((node) => path === node.name || path.startsWith(`${node.name}.`)),
              );
              return (
                <Card
                  key={section.id}
                  withBorder
                  padding="md"
                  data-testid={`section-${section.id}`}
                  data-flagged={flagged}
                >
                  <Title order={2} size="h4" mb="md" c={flagged ? 'red' : undefined}>
                    {t(section.title)}
                  </Title>
                  <PartsGrid nodes={section.nodes} path="" />
                </Card>
              );
            })}
          </Stack>
        </JumpContext.Provider>
      </AttachmentsContext.Provider>
    </EditorContext.Provider>
  );
}
