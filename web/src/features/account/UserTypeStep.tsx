import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { userTypes, type UserType } from './user-types.ts';

/** REG-5: the ten user types, each with a line saying who it is for. */
export function UserTypeStep({ value, onChange }: { value: UserType | null; onChange: (type: UserType) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={(next) => onChange(next as UserType)} label={t('account.register.userType.label')} description={t('account.register.userType.lead')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
        {userTypes.map((type) => (
          <Radio.Card key={type} value={type} p="sm" radius="md" data-testid={`user-type-${type}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={2}>
                <Text fw={600} size="sm">
                  {t(`account.userTypes.${type}.name`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`account.userTypes.${type}.about`)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
