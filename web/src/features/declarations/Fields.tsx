import { Checkbox, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { DayTimeInput } from '../../components/DayTimeInput.tsx';
import { ticked } from '../../components/text-binding.ts';
import { valueAt } from './document-paths.ts';
import { fieldId, useEditor } from './editor-context.ts';
import { fieldMessage } from './findings.ts';
import { useNumberText } from './use-number-text.ts';

interface FieldProps {
  path: string;
  /** catalogue key of the label */
  label: string;
  /** values the label's text takes (an entry's number) */
  labelParams?: Record<string, string | number>;
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

/** What every box of the document starts from: its value, how to change it, its message and its marks. */
export function useField(path: string) {
  const { document, setValue, readOnly } = useEditor();
  const { error, severity } = useFieldMessage(path);
  return {
    value: valueAt(document, path),
    set: (value: unknown) => setValue(path, value),
    readOnly,
    error,
    ...marks(path, severity),
  };
}

/**
 * A text box of the document. An emptied box is left out of the document, as an absent one. The
 * box takes no more than the model allows, and says so once full: typing or a paste is never cut unseen.
 */
export function TextField({ path, label, labelParams, maxLength }: FieldProps) {
  const { t } = useTranslation();
  const { value, set, ...field } = useField(path);
  const text = typeof value === 'string' ? value : '';
  return (
    <TextInput
      label={t(label, labelParams)}
      description={
        maxLength !== undefined && text.length >= maxLength
          ? t('declarations.forms.full', { count: maxLength })
          : undefined
      }
      value={text}
      onChange={(event) => set(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      maxLength={maxLength}
      {...field}
    />
  );
}

/** A date box of the document, DD.MM.YYYY as the interface writes dates; the document keeps 'YYYY-MM-DD'. */
export function DateField({ path, label, labelParams }: FieldProps) {
  const { t } = useTranslation();
  const { value, set, ...field } = useField(path);
  return (
    <DayInput
      label={t(label, labelParams)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => set(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      {...field}
    />
  );
}

/** A day-and-time box of the document, DD.MM.YYYY HH:MM as the interface writes them; the document keeps 'YYYY-MM-DDTHH:MM'. */
export function DateTimeField({ path, label, labelParams }: FieldProps) {
  const { t } = useTranslation();
  const { value, set, ...field } = useField(path);
  return (
    <DayTimeInput
      label={t(label, labelParams)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => set(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      {...field}
    />
  );
}

/** A number box: the text is kept as typed, the document gets the number (or nothing while it is not one). */
export function NumberField({ path, label, labelParams, integer }: FieldProps & { integer?: boolean }) {
  const { t } = useTranslation();
  const { value, set, ...field } = useField(path);
  const typing = useNumberText(value, (number) => set(integer && number !== undefined ? Math.trunc(number) : number));
  return <TextInput label={t(label, labelParams)} inputMode={integer ? 'numeric' : 'decimal'} {...typing} {...field} />;
}

export function ChoiceField({
  path,
  label,
  labelParams,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { value, set, ...field } = useField(path);
  return (
    <Select
      label={t(label, labelParams)}
      data={options}
      value={typeof value === 'string' ? value : null}
      onChange={(next) => set(next ?? undefined)}
      clearable
      {...field}
    />
  );
}

export function CheckField({ path, label, labelParams }: FieldProps) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const value = valueAt(document, path);
  return (
    <Checkbox
      label={t(label, labelParams)}
      {...ticked(value === true, (checked) => setValue(path, checked ? true : undefined))}
      disabled={readOnly}
      {...marks(path, undefined)}
    />
  );
}
