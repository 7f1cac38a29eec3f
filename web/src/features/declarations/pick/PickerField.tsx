import { useTranslation } from 'react-i18next';
import { valueAt } from '../document-paths.ts';
import { useEditor } from '../editor-context.ts';
import { useField } from '../Fields.tsx';
import { CodePicker } from './CodePicker.tsx';
import type { Picker } from './pickers.ts';

/** A code box of the document with its reference list, bound to the editor by its path (see CodePicker). */
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
  const { value, set, error, readOnly, ...marks } = useField(path);
  const date = valueAt(document, 'filler.date');
  return (
    <CodePicker
      picker={picker}
      code={typeof value === 'string' ? value : ''}
      onCode={set}
      date={typeof date === 'string' ? date : undefined}
      label={t(label, labelParams)}
      maxLength={maxLength}
      error={error}
      readOnly={readOnly}
      marks={marks}
    />
  );
}
