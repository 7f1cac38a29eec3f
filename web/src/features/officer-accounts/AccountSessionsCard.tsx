import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { useAction } from '../../data/use-action.ts';
import { EndSessionButton } from '../account/EndSessionButton.tsx';
import { formatInstant } from '../account/format.ts';
import { endUserSession, type OfficerAccountDetail, officerAccountKey } from './officer-accounts-api.ts';

/** The sessions holding the account's workplaces; the officer can end each (issue 4 point 10). */
export function AccountSessionsCard({ detail }: { detail: OfficerAccountDetail }) {
  const { t } = useTranslation();
  const { account, sessions } = detail;
  const ender = useAction(
    (sessionId: string) => endUserSession(account.id, sessionId),
    [officerAccountKey(account.id)],
  );
  return (
    <TitledCard
      title={t('officerAccounts.sessions', { count: sessions.length, workplaces: account.workplaces })}
      testId="officer-account-sessions"
    >
      {ender.error !== undefined && <ServerRefusalAlert title={t('officerAccounts.endFailed')} error={ender.error} />}
      {sessions.length === 0 ? (
        <Text c="dimmed">{t('officerAccounts.noSessions')}</Text>
      ) : (
        <Stack gap="xs">
          {sessions.map((s) => (
            <Group key={s.id} justify="space-between" wrap="wrap" data-testid="officer-account-session">
              <Text size="sm">
                {t(`officerAccounts.methods.${s.method}`)} · {formatInstant(s.createdAt)} · {s.ip ?? ''}
              </Text>
              <EndSessionButton sessionId={s.id} ending={ender}>
                {t('officerAccounts.endSession')}
              </EndSessionButton>
            </Group>
          ))}
        </Stack>
      )}
    </TitledCard>
  );
}
