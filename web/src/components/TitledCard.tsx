import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitledCardProps {
  title: ReactNode;
  testId?: string;
  /** Room inside the card and between its parts: an officer's work cards are roomier. */
  padding?: 'md' | 'lg';
  gap?: 'sm' | 'md';
  maw?: number;
  children: ReactNode;
}

/** A bordered card headed by its own title: one part of a page (the account's history, its certificates). */
export function TitledCard({ title, testId, padding = 'lg', gap = 'sm', maw, children }: TitledCardProps) {
  return (
    <Card withBorder padding={padding} maw={maw} data-testid={testId}>
      <Stack gap={gap}>
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
