import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import { dayOfText } from '../../day-text.ts';

/**
 * The day a reference page shows its data at, written DD.MM.YYYY as the interface writes dates
 * in all three languages — not the browser's date input, whose format follows the browser's
 * language (issue 19 point 6). The page changes once a whole, real day is typed.
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
  const { t } = useTranslation();
  const [text, setText] = useState(printedDate(value));
  // a date set from elsewhere (the address, a link) shows as the field's text
  useEffect(() => {
    setText((typed) => (dayOfText(typed) === value ? typed : printedDate(value)));
  }, [value]);
  const day = dayOfText(text);
  return (
    <TextInput
      label={label}
      value={text}
      placeholder={t('reference.date.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      error={text.trim() !== '' && !day ? t('reference.date.invalid') : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = dayOfText(next);
        if (parsed) onChange(parsed);
      }}
      w={{ base: '100%', xs: 200 }}
      data-testid={testId}
      data-day={day ?? ''}
    />
  );
}
