import { Textarea } from '@mantine/core';
import type { ComponentProps } from 'react';

/** A text box for a reason, a note or an address: it grows with what is typed, from two rows unless told. */
export function LongText(props: ComponentProps<typeof Textarea>) {
  return <Textarea autosize minRows={2} {...props} />;
}
