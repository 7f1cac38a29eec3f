import { Group, Radio, Stack, Text } from '@mantine/core';

/** One option of a step of the registration wizard: its name, and a line on who or what it is for. */
export function ChoiceCard({
  value,
  name,
  about,
  testId,
}: {
  value: string;
  name: string;
  about: string;
  testId: string;
}) {
  return (
    <Radio.Card value={value} p="sm" radius="md" data-testid={testId}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {about}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
