import { Radio, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from './ChoiceCard.tsx';
import { type UserType, userTypes } from './user-types.ts';

/** REG-5: the ten user types, each with a line saying who it is for. */
export function UserTypeStep({ value, onChange }: { value: UserType | null; onChange: (type: UserType) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={value}
      onChange={(next) => onChange(next as UserType)}
      label={t('account.register.userType.label')}
      description={t('account.register.userType.lead')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
        {userTypes.map((type) => (
          <ChoiceCard
            key={type}
            value={type}
            name={t(`account.userTypes.${type}.name`)}
            about={t(`account.userTypes.${type}.about`)}
            testId={`user-type-${type}`}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
