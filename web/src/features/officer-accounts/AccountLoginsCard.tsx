import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { useAction } from '../../data/use-action.ts';
import { formatInstant } from '../account/format.ts';
import { type OfficerAccountDetail, officerAccountKey, releaseLogin } from './officer-accounts-api.ts';

/**
 * The account's Web-declarant logins, one per workplace (WD-21): each bound to the workplace of
 * its first use (WD-22); the officer releases one when the user moves to another computer.
 */
export function AccountLoginsCard({ detail }: { detail: OfficerAccountDetail }) {
  const { t } = useTranslation();
  const { account, logins } = detail;
  const releaser = useAction((loginId: string) => releaseLogin(account.id, loginId), [officerAccountKey(account.id)]);
  if (logins.length === 0) return null;
  return (
    <TitledCard title={t('officerAccounts.logins.title')} testId="officer-account-logins">
      {releaser.error !== undefined && (
        <ServerRefusalAlert title={t('officerAccounts.logins.releaseFailed')} error={releaser.error} />
      )}
      <Stack gap="xs">
        {logins.map((l) => (
          <Group
            key={l.id}
            justify="space-between"
            wrap="wrap"
            data-testid="officer-account-login"
            data-login={l.login}
          >
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {l.login}
              </Text>
              <Text size="xs" c="dimmed">
                {l.boundAt
                  ? t('officerAccounts.logins.bound', { at: formatInstant(l.boundAt) })
                  : t('officerAccounts.logins.free')}
              </Text>
            </Stack>
            <Group gap="xs">
              {l.mustChangePassword && (
                <Badge color="gray" variant="light">
                  {t('officerAccounts.logins.oneTime')}
                </Badge>
              )}
              {l.boundAt && (
                <Button
                  size="xs"
                  variant="default"
                  loading={releaser.pending && releaser.args?.[0] === l.id}
                  onClick={() => void releaser.run(l.id)}
                  data-testid="officer-account-login-release"
                >
                  {t('officerAccounts.logins.release')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </TitledCard>
  );
}
