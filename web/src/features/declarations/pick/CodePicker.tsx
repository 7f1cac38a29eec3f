import { Autocomplete } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePickList } from './pick-list.ts';
import { codeOf, matching, optionOf } from './pick-match.ts';
import type { Picker } from './pickers.ts';

const shown = 50;

export interface CodePickerProps {
  picker: Picker;
  /** the code the document holds, or '' */
  code: string;
  onCode(code: string | undefined): void;
  /** the document's date: the lists as in force on it */
  date: string | undefined;
  label: string;
  maxLength?: number;
  error?: string;
  /** a cell of the items grid: no label shown, no name below */
  compact?: boolean;
  readOnly?: boolean;
  /** the marks a message finds the box by (id, data-path, data-testid…) */
  marks?: Record<string, string | undefined>;
}

/**
 * A code box with its reference list (issue 17 point 1, issue 19 point 1): typing a code (in any
 * case, with spaces as it is printed) or part of a name offers the matching entries, code and name
 * in the user's language; a code or a whole name the list has is written as the list writes the
 * code. A text that cannot be a code — longer than the model allows — is kept in the box with a
 * message saying so, and the document gets nothing: never cut silently. Shared by the goods
 * editor (header, item form, items grid) and the other kinds' forms.
 */
export function CodePicker({
  picker,
  code,
  onCode,
  date,
  label,
  maxLength,
  error,
  compact,
  readOnly,
  marks,
}: CodePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(code);
  // Searched lists (the TN VED) are asked only once the user types in the box, not for every box shown.
  const [typed, setTyped] = useState(false);
  const options = usePickList(picker, date, typed ? text : '');
  // A change from outside (a reload, a copied row) replaces the text; typing does not.
  useEffect(() => {
    setText((current) => (sameCode(current, code) ? current : code));
  }, [code]);
  const names = useMemo(() => new Map(options.map((option) => [option.code, option.name])), [options]);
  const tooLong = maxLength !== undefined && codeOf(text).length > maxLength && !optionOf(options, text);

  const change = (next: string) => {
    setTyped(true);
    const known = optionOf(options, next);
    setText(known && codeOf(next) === codeOf(known.code) ? known.code : next);
    const typed = codeOf(next);
    if (typed === '') onCode(undefined);
    else if (known) onCode(known.code);
    else if (maxLength === undefined || typed.length <= maxLength) onCode(typed);
    else onCode(undefined);
  };

  const message = tooLong ? t('declarations.forms.pick.tooLong', { count: maxLength }) : error;
  return (
    <Autocomplete
      label={compact ? undefined : label}
      aria-label={compact ? label : undefined}
      size={compact ? 'xs' : undefined}
      value={text}
      onChange={change}
      data={options.map((option) => option.code)}
      filter={({ search }) =>
        matching(options, search, shown).map((option) => ({ value: option.code, label: option.code }))
      }
      renderOption={({ option }) => `${option.value} — ${names.get(option.value) ?? ''}`}
      limit={shown}
      placeholder={compact ? undefined : t('declarations.forms.pick.placeholder')}
      description={compact ? undefined : names.get(code)}
      title={compact ? (message ?? names.get(code)) : undefined}
      error={compact ? message !== undefined : message}
      comboboxProps={{ withinPortal: true, width: compact ? 360 : undefined, position: 'bottom-start' }}
      readOnly={readOnly}
      data-picker={picker}
      data-too-long={tooLong || undefined}
      {...marks}
    />
  );
}

function sameCode(text: string, code: string): boolean {
  return codeOf(text) === codeOf(code) || (code === '' && text.trim().length > 0);
}
