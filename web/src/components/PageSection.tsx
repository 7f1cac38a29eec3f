import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageSectionProps {
  title: ReactNode;
  /** Room between the parts: a little under the title, more between cards. */
  gap?: 'xs' | 'sm';
  testId?: string;
  children: ReactNode;
}

/** One part of a page under its own heading: a declaration's decisions, a code's subheadings, the notices. */
export function PageSection({ title, gap = 'xs', testId, children }: PageSectionProps) {
  return (
    <Stack gap={gap} data-testid={testId}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
