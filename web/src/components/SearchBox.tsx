import { TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';
import { typed } from './text-binding.ts';

type SearchBoxProps = Omit<ComponentProps<typeof TextInput>, 'value' | 'onChange'> & {
  value: string;
  onSearch: (text: string) => void;
};

/** A box whose text narrows a list as it is typed; the reference searches take up to 100 characters. */
export function SearchBox({ value, onSearch, ...props }: SearchBoxProps) {
  return <TextInput type="search" maxLength={100} {...props} {...typed(value, onSearch)} />;
}
