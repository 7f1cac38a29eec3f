import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface EntryHeadingProps {
  title: string;
  lead: string;
  testId: string;
  /** The way to the other door: from the log-in to registration, and back. */
  other: { to: string; label: string; testId?: string };
}

/** The heading of the log-in and registration pages: the title, and a lead ending in a link to the other page. */
export function EntryHeading({ title, lead, testId, other }: EntryHeadingProps) {
  return (
    <Stack gap="xs">
      <Title order={1} data-testid={testId}>
        {title}
      </Title>
      <Text>
        {lead}{' '}
        <Anchor component={Link} to={other.to} data-testid={other.testId}>
          {other.label}
        </Anchor>
      </Text>
    </Stack>
  );
}
