import { TextInput } from '@mantine/core';
import { isIsoDate } from '../../dates.ts';

/**
 * The day a reference page shows its data at. The browser's own date input: it speaks the
 * reader's locale, opens a calendar on a phone, and always gives 'YYYY-MM-DD'.
 */
export function DateField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (date: string) => void;
  testId: string;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isIsoDate(next)) onChange(next);
      }}
      w={{ base: '100%', xs: 200 }}
      data-testid={testId}
    />
  );
}
