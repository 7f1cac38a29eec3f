import { Autocomplete } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueAt } from '../document-paths.ts';
import { useEditor } from '../editor-context.ts';
import { useField } from '../Fields.tsx';
import { usePickList } from './pick-list.ts';
import { matching, optionOf } from './pick-match.ts';
import type { Picker } from './pickers.ts';

const shown = 50;

/**
 * A code box with its reference list (issue 17 point 1): typing a code (in any case) or part of a
 * name offers the matching entries, code and name in the user's language; a code the list has is
 * written as the list writes it. A text that cannot be a code — longer than the model allows — is
 * kept in the box with a message saying so, and the document gets nothing: never cut silently.
 */
export function PickerField({
  path,
  label,
  labelParams,
  picker,
  maxLength,
}: {
  path: string;
  label: string;
  labelParams?: Record<string, string | number>;
  picker: Picker;
  maxLength?: number;
}) {
  const { t } = useTranslation();
  const { document } = useEditor();
  const { value, set, error, ...field } = useField(path);
  const date = valueAt(document, 'filler.date');
  const options = usePickList(picker, typeof date === 'string' ? date : undefined);
  const code = typeof value === 'string' ? value : '';
  const [text, setText] = useState(code);
  // A change from outside (a reload, a copied row) replaces the text; typing does not.
  useEffect(() => {
    setText((current) => (sameCode(current, code) ? current : code));
  }, [code]);
  const names = useMemo(() => new Map(options.map((option) => [option.code, option.name])), [options]);
  const tooLong = maxLength !== undefined && text.trim().length > maxLength;

  const change = (next: string) => {
    const known = optionOf(options, next);
    setText(known && next.trim().toUpperCase() === known.code.toUpperCase() ? known.code : next);
    const trimmed = next.trim();
    if (trimmed === '') set(undefined);
    else if (known) set(known.code);
    else if (maxLength === undefined || trimmed.length <= maxLength) set(trimmed.toUpperCase());
    else set(undefined);
  };

  return (
    <Autocomplete
      label={t(label, labelParams)}
      value={text}
      onChange={change}
      data={options.map((option) => option.code)}
      filter={({ search }) =>
        matching(options, search, shown).map((option) => ({ value: option.code, label: option.code }))
      }
      renderOption={({ option }) => `${option.value} — ${names.get(option.value) ?? ''}`}
      limit={shown}
      placeholder={t('declarations.forms.pick.placeholder')}
      description={names.get(code)}
      error={tooLong ? t('declarations.forms.pick.tooLong', { max: maxLength }) : error}
      comboboxProps={{ withinPortal: true }}
      {...field}
    />
  );
}

function sameCode(text: string, code: string): boolean {
  return text.trim().toUpperCase() === code.toUpperCase() || (code === '' && text.trim().length > 0);
}
