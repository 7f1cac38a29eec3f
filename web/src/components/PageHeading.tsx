import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title and the sentence under it that says what the page is for. */
export function PageHeading({ title, lead, testId }: { title: ReactNode; lead: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs">
      <Title order={1} data-testid={testId}>
        {title}
      </Title>
      <Text maw={760}>{lead}</Text>
    </Stack>
  );
}
