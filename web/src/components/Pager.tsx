import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  page: number;
  /** Further pages follow this one. */
  more: boolean;
  onPage: (page: number) => void;
  labels: { previous: string; next: string; page: string };
  testId: string;
  buttonTestIds?: { previous: string; next: string };
  justify?: 'space-between';
}

/** Back and forth between pages of a list that knows only whether more follow; hidden when there is one page. */
export function Pager({ page, more, onPage, labels, testId, buttonTestIds, justify }: PagerProps) {
  if (page <= 1 && !more) return null;
  return (
    <Group gap="xs" justify={justify} data-testid={testId}>
      <Button
        variant="default"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid={buttonTestIds?.previous}
      >
        {labels.previous}
      </Button>
      <Text size="sm">{labels.page}</Text>
      <Button variant="default" disabled={!more} onClick={() => onPage(page + 1)} data-testid={buttonTestIds?.next}>
        {labels.next}
      </Button>
    </Group>
  );
}
