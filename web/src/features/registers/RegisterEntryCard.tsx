import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TitledCard } from '../../components/TitledCard.tsx';

interface Standing {
  register: string;
  registerNumber: string;
  validFrom: string;
  validTo: string | null;
}

/** In the cabinet: the entry of the register the user's type needs, or that it is not on it today (REG-5). */
export function RegisterEntryCard({ entry }: { entry: Standing | null | undefined }) {
  const { t } = useTranslation();
  return (
    <TitledCard title={t('registers.card.title')} testId="profile-register-entry">
      {entry ? (
        <Text data-testid="profile-register-number" data-number={entry.registerNumber}>
          {t('registers.card.entry', {
            register: t(`registers.names.${entry.register}`),
            number: entry.registerNumber,
            from: entry.validFrom,
            to: entry.validTo ?? t('registers.openEnded'),
          })}
        </Text>
      ) : (
        <Text c="red">{t('registers.card.missing')}</Text>
      )}
    </TitledCard>
  );
}
