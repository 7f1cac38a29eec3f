import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';

interface ChoiceCardsProps<Option extends string> {
  options: readonly Option[];
  value: Option | null;
  onChange: (option: Option) => void;
  label: string;
  description?: string;
  /** Each option's name, and the line on who or what it is for. */
  texts: (option: Option) => { name: string; about: string };
  /** Each card's test id is this followed by its option. */
  testIdPrefix: string;
}

/** A step of the registration wizard that asks for one of a few options, each a card saying what it is for. */
export function ChoiceCards<Option extends string>({
  options,
  value,
  onChange,
  label,
  description,
  texts,
  testIdPrefix,
}: ChoiceCardsProps<Option>) {
  return (
    <Radio.Group value={value} onChange={(next) => onChange(next as Option)} label={label} description={description}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
        {options.map((option) => (
          <ChoiceCard key={option} value={option} {...texts(option)} testId={`${testIdPrefix}${option}`} />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

function ChoiceCard({ value, name, about, testId }: { value: string; name: string; about: string; testId: string }) {
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
