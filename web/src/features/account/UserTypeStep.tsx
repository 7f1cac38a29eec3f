import { useTranslation } from 'react-i18next';
import { ChoiceCards } from './ChoiceCards.tsx';
import { type UserType, userTypes } from './user-types.ts';

/** REG-5: the ten user types, each with a line saying who it is for. */
export function UserTypeStep({ value, onChange }: { value: UserType | null; onChange: (type: UserType) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceCards
      options={userTypes}
      value={value}
      onChange={onChange}
      label={t('account.register.userType.label')}
      description={t('account.register.userType.lead')}
      texts={(type) => ({ name: t(`account.userTypes.${type}.name`), about: t(`account.userTypes.${type}.about`) })}
      testIdPrefix="user-type-"
    />
  );
}
