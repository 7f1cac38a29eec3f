import { DayInput } from '../../components/DayInput.tsx';

/**
 * The day a reference page shows its data at, written DD.MM.YYYY as the interface writes dates
 * (issue 19 point 6). The page changes once a whole, real day is typed.
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
    <DayInput
      label={label}
      value={value}
      onChange={(event) => {
        if (event.currentTarget.value !== '') onChange(event.currentTarget.value);
      }}
      w={{ base: '100%', xs: 200 }}
      data-testid={testId}
    />
  );
}
