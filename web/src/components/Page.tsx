import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading.tsx';

interface PageProps {
  title: ReactNode;
  lead: ReactNode;
  /** The test id of the page's title, which browser tests find the page by. */
  testId?: string;
  /** A page of one form or one document is kept narrow enough to read. */
  maw?: number;
  children: ReactNode;
}

/** A page as most are laid out: its heading, then its parts one under another. */
export function Page({ title, lead, testId, maw, children }: PageProps) {
  return (
    <Stack gap="lg" py="xl" maw={maw}>
      <PageHeading title={title} lead={lead} testId={testId} />
      {children}
    </Stack>
  );
}
