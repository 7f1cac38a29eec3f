import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayTimeOfText, printedDayTime } from '../day-text.ts';
import type { TextEvent } from './text-binding.ts';

export type DayTimeInputProps = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  /** the local day and time, 'YYYY-MM-DDTHH:MM', or '' when none */
  value: string;
  /** hands on the day and time typed, 'YYYY-MM-DDTHH:MM', or '' while the box holds no whole, real one */
  onChange: (event: TextEvent) => void;
};

/**
 * A box for a day and a time of day, written DD.MM.YYYY HH:MM as the interface writes dates in all
 * three languages (DayInput's day with the hour and minute after it), where the browser's own
 * date-and-time input would follow the browser's language. Takes what people type (the day with
 * dots, slashes or dashes) or paste (YYYY-MM-DDTHH:MM) and says so when the text is not a day and time.
 */
export function DayTimeInput({ value, onChange, error, placeholder, ...box }: DayTimeInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(printedDayTime(value));
  // a value set from elsewhere shows as the box's text; one being typed stays as typed
  useEffect(() => {
    setText((typed) => ((dayTimeOfText(typed) ?? '') === value ? typed : printedDayTime(value)));
  }, [value]);
  const dayTime = dayTimeOfText(text);
  // a day without its time, as some documents carry it, stands until it is changed
  const kept = dayTime ?? (text === printedDayTime(value) ? value : null);
  return (
    <TextInput
      {...box}
      value={text}
      placeholder={placeholder ?? t('dayTime.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      error={text.trim() !== '' && kept === null ? t('dayTime.invalid') : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange({ currentTarget: { value: dayTimeOfText(next) ?? '' } });
      }}
      data-day-time={kept ?? ''}
    />
  );
}
