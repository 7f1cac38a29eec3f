import { type ChangeEvent, useEffect, useState } from 'react';
import { parseNumberText, textShows } from './number-text.ts';

/**
 * The binding of a number box, in the header or in the items grid: the box keeps the text as typed,
 * `onNumber` gets the number it means (nothing while it is not one), and a change from outside
 * (a duplicated row, a reload) replaces the text.
 */
export function useNumberText(value: unknown, onNumber: (value: number | undefined) => void) {
  const number = typeof value === 'number' ? value : undefined;
  const [text, setText] = useState(number === undefined ? '' : String(number));
  useEffect(() => {
    setText((current) => (textShows(current, number) ? current : number === undefined ? '' : String(number)));
  }, [number]);
  return {
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.currentTarget.value;
      setText(next);
      const parsed = parseNumberText(next);
      if (parsed !== 'invalid') onNumber(parsed);
    },
  };
}
