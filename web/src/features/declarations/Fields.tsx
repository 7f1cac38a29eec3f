import { Checkbox, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueAt } from './document-paths.ts';
import { fieldId, useEditor } from './editor-context.ts';
import { fieldMessage } from './findings.ts';
import { parseNumberText, textShows } from './number-text.ts';

interface FieldProps {
  path: string;
  /** catalogue key of the label */
  label: string;
  maxLength?: number;
}

/** Where a field's control messages show, and what marks it for tests and for jumping to it. */
function useFieldMessage(path: string) {
  const { messages } = useEditor();
  const list = messages.byPath.get(path);
  return {
    error: fieldMessage(list),
    severity: list?.some((m) => m.severity === 'error') ? 'error' : list?.length ? 'warning' : undefined,
  };
}

const marks = (path: string, severity: string | undefined) => ({
  id: fieldId(path),
  'data-path': path,
  'data-testid': `field-${path}`,
  'data-finding': severity,
});

/** A text box of the document. An emptied box is left out of the document, as an absent one. */
export function TextField({ path, label, maxLength }: FieldProps) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const { error, severity } = useFieldMessage(path);
  const value = valueAt(document, path);
  return (
    <TextInput
      label={t(label)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => setValue(path, event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      maxLength={maxLength}
      readOnly={readOnly}
      error={error}
      {...marks(path, severity)}
    />
  );
}

export function DateField({ path, label }: FieldProps) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const { error, severity } = useFieldMessage(path);
  const value = valueAt(document, path);
  return (
    <TextInput
      type="date"
      label={t(label)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => setValue(path, event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      readOnly={readOnly}
      error={error}
      {...marks(path, severity)}
    />
  );
}

/** A number box: the text is kept as typed, the document gets the number (or nothing while it is not one). */
export function NumberField({ path, label, integer }: FieldProps & { integer?: boolean }) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const { error, severity } = useFieldMessage(path);
  const raw = valueAt(document, path);
  const value = typeof raw === 'number' ? raw : undefined;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) => (textShows(current, value) ? current : value === undefined ? '' : String(value)));
  }, [value]);
  return (
    <TextInput
      label={t(label)}
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = parseNumberText(next);
        if (parsed !== 'invalid') setValue(path, integer && parsed !== undefined ? Math.trunc(parsed) : parsed);
      }}
      readOnly={readOnly}
      error={error}
      {...marks(path, severity)}
    />
  );
}

export function ChoiceField({ path, label, options }: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const { error, severity } = useFieldMessage(path);
  const value = valueAt(document, path);
  return (
    <Select
      label={t(label)}
      data={options}
      value={typeof value === 'string' ? value : null}
      onChange={(next) => setValue(path, next ?? undefined)}
      readOnly={readOnly}
      clearable
      error={error}
      {...marks(path, severity)}
    />
  );
}

export function CheckField({ path, label }: FieldProps) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const value = valueAt(document, path);
  return (
    <Checkbox
      label={t(label)}
      checked={value === true}
      onChange={(event) => setValue(path, event.currentTarget.checked ? true : undefined)}
      disabled={readOnly}
      {...marks(path, undefined)}
    />
  );
}
