import { ActionIcon, Button, Card, Fieldset, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { createContext, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueAt } from '../document-paths.ts';
import { EditorContext, type EditorState, fieldId, useEditor } from '../editor-context.ts';
import { CheckField, ChoiceField, DateField, DateTimeField, NumberField, TextField } from '../Fields.tsx';
import { fieldMessage } from '../findings.ts';
import { PickerField } from '../pick/PickerField.tsx';
import type { FormNode } from './schema-tree.ts';

/** Entries of a list shown before "show all": a 999-line list is not rendered box by box until asked. */
const firstEntries = 20;

/** The files attached to the draft, which a supporting document's box names by id. */
export const AttachmentsContext = createContext<readonly { id: string; name: string }[]>([]);

/** The path a control message asked to jump to, so a list shows the entry holding it. */
export const JumpContext = createContext<string | null>(null);

/** One part of a kind's form at `path`: a box, a group of boxes, a list of entries or of repeated boxes. */
export function FormPart({ node, path }: { node: FormNode; path: string }) {
  switch (node.type) {
    case 'group':
      return <GroupPart node={node} path={path} />;
    case 'list':
      return <ListPart node={node} path={path} />;
    case 'values':
      return <ValuesPart node={node} path={path} />;
    default:
      return <LeafPart node={node} path={path} />;
  }
}

/** The boxes of a group first, side by side; then its groups and lists, each under its own title. */
export function PartsGrid({ nodes, path }: { nodes: readonly FormNode[]; path: string }) {
  const at = (node: FormNode) => (path ? `${path}.${node.name}` : node.name);
  const boxes = nodes.filter((node) => node.type === 'leaf');
  const parts = nodes.filter((node) => node.type !== 'leaf');
  return (
    <Stack gap="md">
      {boxes.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {boxes.map((node) => (
            <FormPart key={node.name} node={node} path={at(node)} />
          ))}
        </SimpleGrid>
      )}
      {parts.map((node) => (
        <FormPart key={node.name} node={node} path={at(node)} />
      ))}
    </Stack>
  );
}

function GroupPart({ node, path }: { node: Extract<FormNode, { type: 'group' }>; path: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t(node.label)} id={fieldId(path)} data-path={path} data-testid={`group-${path}`}>
      <PartsGrid nodes={node.children} path={path} />
    </Fieldset>
  );
}

/** What marks a list of either sort in the page: where a message leads, and how many entries it holds (the tests wait on it). */
const listAttributes = (path: string, count: number) => ({
  id: fieldId(path),
  'data-path': path,
  'data-testid': `list-${path}`,
  'data-count': count,
});

function ListPart({ node, path }: { node: Extract<FormNode, { type: 'list' }>; path: string }) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const jump = useContext(JumpContext);
  const [all, setAll] = useState(false);
  const rows = valueAt(document, path);
  const entries = Array.isArray(rows) ? rows : [];
  const jumpIndex = jump?.startsWith(`${path}.`) ? Number(jump.slice(path.length + 1).split('.')[0]) : -1;
  const shown = all || jumpIndex >= firstEntries ? entries.length : Math.min(entries.length, firstEntries);
  // A list the model requires (items) stays a list when emptied; another one is left out of the document.
  const remove = (index: number) =>
    setValue(path, entries.length === 1 && path !== 'items' ? undefined : entries.filter((_, i) => i !== index));
  return (
    <Card withBorder padding="md" {...listAttributes(path, entries.length)}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t(node.label)}</Text>
          <Text size="sm" c="dimmed" data-testid={`list-${path}-count`}>
            {t('declarations.forms.count', { count: entries.length, max: node.max })}
          </Text>
        </Group>
        {entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('declarations.forms.empty')}
          </Text>
        )}
        {entries.slice(0, shown).map((_, index) => (
          <Fieldset
            key={index}
            legend={t('declarations.forms.entry', { number: index + 1 })}
            data-testid={`list-${path}-row`}
            data-index={index}
          >
            <Stack gap="xs">
              <PartsGrid nodes={node.entry} path={`${path}.${index}`} />
              {!readOnly && (
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => remove(index)}
                    data-testid={`list-${path}-remove`}
                  >
                    {t('declarations.forms.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        ))}
        <Group>
          {shown < entries.length && (
            <Button variant="default" size="xs" onClick={() => setAll(true)} data-testid={`list-${path}-all`}>
              {t('declarations.forms.showAll', { count: entries.length })}
            </Button>
          )}
          {!readOnly && (
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setAll(true);
                setValue(path, [...entries, {}]);
              }}
              disabled={entries.length >= node.max}
              data-testid={`list-${path}-add`}
            >
              {t('declarations.forms.add')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Repeated boxes of one sort (the countries of a route, a vehicle's trailers). */
function ValuesPart({ node, path }: { node: Extract<FormNode, { type: 'values' }>; path: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { document, setValue, readOnly } = editor;
  const rows = valueAt(document, path);
  const entries = Array.isArray(rows) ? rows : [];
  // An emptied box stays in the list as empty text: an entry removed would renumber the ones after it.
  const entryEditor = useMemo<EditorState>(
    () => ({ ...editor, setValue: (at, value) => editor.setValue(at, value ?? '') }),
    [editor],
  );
  return (
    <Card withBorder padding="sm" {...listAttributes(path, entries.length)}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t(node.label)}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {entries.map((_, index) => (
            <Group key={index} gap={4} align="flex-end" wrap="nowrap">
              <div style={{ flex: 1 }}>
                <EditorContext.Provider value={entryEditor}>
                  <LeafPart
                    node={{ type: 'leaf', name: node.name, pattern: node.pattern, label: node.label, leaf: node.leaf }}
                    path={`${path}.${index}`}
                    entry={index + 1}
                  />
                </EditorContext.Provider>
              </div>
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('declarations.forms.removeValue')}
                  onClick={() =>
                    setValue(path, entries.length === 1 ? undefined : entries.filter((__, i) => i !== index))
                  }
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        </SimpleGrid>
        {!readOnly && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setValue(path, [...entries, ''])}
              disabled={entries.length >= node.max}
              data-testid={`list-${path}-add`}
            >
              {t('declarations.forms.addValue')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function LeafPart({
  node,
  path,
  entry,
}: {
  node: Extract<FormNode, { type: 'leaf' }>;
  path: string;
  /** the entry's number among repeated boxes: its label is the list's, numbered */
  entry?: number;
}) {
  const { t } = useTranslation();
  const { leaf } = node;
  // a repeated box is labelled by its number; the list's title names them all
  const label = entry === undefined ? node.label : 'declarations.forms.entry';
  const labelParams = entry === undefined ? undefined : { number: entry };
  switch (leaf.kind) {
    case 'number':
      return <NumberField path={path} label={label} labelParams={labelParams} integer={leaf.integer} />;
    case 'date':
      return <DateField path={path} label={label} labelParams={labelParams} />;
    case 'dateTime':
      return <DateTimeField path={path} label={label} labelParams={labelParams} />;
    case 'check':
      return <CheckField path={path} label={label} labelParams={labelParams} />;
    case 'attachment':
      return <AttachmentField path={path} label={label} />;
    case 'yesNo':
      return <YesNoField path={path} label={label} />;
    case 'choice':
      return (
        <ChoiceField
          path={path}
          label={label}
          labelParams={labelParams}
          options={leaf.options.map((option) => ({ value: option, label: t(`${node.values}.${option}`) }))}
        />
      );
    default:
      return leaf.picker ? (
        <PickerField
          path={path}
          label={label}
          labelParams={labelParams}
          picker={leaf.picker}
          maxLength={leaf.maxLength}
        />
      ) : (
        <TextField path={path} label={label} labelParams={labelParams} maxLength={leaf.maxLength} />
      );
  }
}

/** A supporting document's file: one of the draft's attachments (attached in the card below the form). */
function AttachmentField({ path, label }: { path: string; label: string }) {
  const attachments = useContext(AttachmentsContext);
  const { document } = useEditor();
  const current = valueAt(document, path);
  const options = attachments.map((file) => ({ value: file.id, label: file.name }));
  // an id no longer among the attachments is still shown, so it can be seen and cleared
  if (typeof current === 'string' && !attachments.some((file) => file.id === current))
    options.push({ value: current, label: current });
  return <ChoiceField path={path} label={label} options={options} />;
}

/** A yes-or-no answer: "no" is written as false, an answer not given is left out. */
function YesNoField({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const { document, setValue, readOnly, messages } = useEditor();
  const value = valueAt(document, path);
  return (
    <Select
      label={t(label)}
      data={[
        { value: 'yes', label: t('declarations.forms.yes') },
        { value: 'no', label: t('declarations.forms.no') },
      ]}
      value={value === true ? 'yes' : value === false ? 'no' : null}
      onChange={(next) => setValue(path, next === 'yes' ? true : next === 'no' ? false : undefined)}
      clearable
      readOnly={readOnly}
      error={fieldMessage(messages.byPath.get(path))}
      id={fieldId(path)}
      data-path={path}
      data-testid={`field-${path}`}
    />
  );
}
