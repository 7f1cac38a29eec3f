import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered card headed by its own title: one part of a page (the account's history, its certificates). */
export function TitledCard({ title, testId, children }: { title: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
