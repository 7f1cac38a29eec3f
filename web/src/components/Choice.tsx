import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';

type ChoiceProps<Value extends string> = Omit<SegmentedControlProps, 'value' | 'onChange' | 'data'> & {
  value: Value;
  onChange: (value: Value) => void;
  /** Each value the user can choose with its label, in the order they are shown. */
  options: Partial<Record<Value, string>>;
};

/** One of a few values, all in sight side by side: a mode, a format, a status to list. */
export function Choice<Value extends string>({ value, onChange, options, ...props }: ChoiceProps<Value>) {
  return (
    <SegmentedControl
      {...props}
      value={value}
      onChange={(chosen) => onChange(chosen as Value)}
      data={Object.entries<string | undefined>(options).map(([choice, label]) => ({
        value: choice,
        label: label ?? '',
      }))}
    />
  );
}

/** Options for a Choice whose labels are built from the values: the statuses a queue can list. */
function labelled<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<Value, string>;
}

interface StatusChoiceProps<Status extends string> {
  /** The statuses listed one at a time, in the order they are shown; "all" comes last. */
  statuses: readonly Status[];
  value: Status | 'all';
  onChange: (value: Status | 'all') => void;
  /** What the choice is called for a screen reader. */
  label: string;
  statusLabel: (status: Status) => string;
  allLabel: string;
  testId?: string;
}

/** Which of a queue's statuses it lists: one of them at a time, or all of them. */
export function StatusChoice<Status extends string>({
  statuses,
  value,
  onChange,
  label,
  statusLabel,
  allLabel,
  testId,
}: StatusChoiceProps<Status>) {
  return (
    <Choice
      aria-label={label}
      value={value}
      onChange={onChange}
      options={{ ...labelled(statuses, statusLabel), all: allLabel }}
      data-testid={testId}
    />
  );
}
