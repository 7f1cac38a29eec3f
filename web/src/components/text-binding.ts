import { useState } from 'react';

/** What a Mantine text box hands its change with: the element whose value is now typed in. */
export interface TextEvent {
  currentTarget: { value: string };
}

/** A text box's value and change for a state that holds only the text: `{...typed(reason, setReason)}`. */
export function typed(value: string, onText: (text: string) => void) {
  return { value, onChange: (event: TextEvent) => onText(event.currentTarget.value) };
}

/** A check box's or a switch's state and change: `{...ticked(overdue, setOverdue)}`. */
export function ticked(checked: boolean, onTick: (checked: boolean) => void) {
  return { checked, onChange: (event: { currentTarget: { checked: boolean } }) => onTick(event.currentTarget.checked) };
}

/**
 * Binds the text boxes of one form to its fields by name, so a box states only what is its own:
 * `{...field('email', 254)}` gives it the field's label, its length limit, the field's text (empty
 * while unset), and writes what is typed back into that field alone.
 */
export function textFields<Form>(
  form: Form,
  change: (patch: Partial<Form>) => void,
  labels: Partial<Record<keyof Form, string>> = {},
) {
  return (name: keyof Form & string, maxLength?: number) => ({
    label: labels[name],
    maxLength,
    ...typed(String(form[name] ?? ''), (text) => change({ [name]: text } as Partial<Form>)),
  });
}

/** A form's texts in one state, with its boxes bound by `textFields`: `[form, field, setForm]`. */
export function useTextForm<Form extends object>(
  initial: Form | (() => Form),
  labels: Partial<Record<keyof Form, string>> = {},
) {
  const [form, setForm] = useState(initial);
  const field = textFields(form, (patch) => setForm((current) => ({ ...current, ...patch })), labels);
  return [form, field, setForm] as const;
}
