import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../dates.ts';
import { dayOfText } from '../day-text.ts';
import type { TextEvent } from './text-binding.ts';

export type DayInputProps = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  /** the day, 'YYYY-MM-DD', or '' when none */
  value: string;
  /** hands on the day typed, 'YYYY-MM-DD', or '' while the box holds no whole, real day */
  onChange: (event: TextEvent) => void;
};

/**
 * A day's box, written DD.MM.YYYY as the interface writes dates in all three languages, instead of
 * the browser's date input, whose format follows the browser's language rather than the
 * interface's (issue 19 point 6). Takes what people type (dots, slashes or dashes, or
 * YYYY-MM-DD as pasted from elsewhere) and says so when the text is not a day.
 */
export function DayInput({ value, onChange, error, placeholder, ...box }: DayInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(printedDate(value));
  // a day set from elsewhere shows as the box's text; a day being typed stays as typed
  useEffect(() => {
    setText((typed) => ((dayOfText(typed) ?? '') === value ? typed : printedDate(value)));
  }, [value]);
  const day = dayOfText(text);
  return (
    <TextInput
      {...box}
      value={text}
      placeholder={placeholder ?? t('day.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      error={text.trim() !== '' && !day ? t('day.invalid') : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange({ currentTarget: { value: dayOfText(next) ?? '' } });
      }}
      data-day={day ?? ''}
    />
  );
}
