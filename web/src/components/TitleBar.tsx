import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title with what goes with it on its right (a link, badges), wrapping under it on a phone. */
export function TitleBar({ title, testId, children }: { title: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="wrap">
      <Title order={1} data-testid={testId}>
        {title}
      </Title>
      {children}
    </Group>
  );
}
