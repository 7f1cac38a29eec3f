import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountChoice as Choice } from './account-api.ts';

/** AUTH_ACCOUNT_CHOICE_REQUIRED: the certificate, or the IIN/BIN and password, opens several accounts; the user says which. */
export function AccountChoice({
  accounts,
  onChoose,
  busy,
  lead,
}: {
  accounts: Choice[];
  onChoose: (accountId: string) => void;
  busy: boolean;
  /** what opened several accounts, when not a certificate */
  lead?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="account-choice">
      <Text size="sm" fw={600}>
        {lead ?? t('account.login.choose')}
      </Text>
      {accounts.map((account) => (
        <Card key={account.accountId} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {account.userType
                  ? t(`account.userTypes.${account.userType}.name`)
                  : t(`session.kinds.${account.kind}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {[account.iinBin, account.organisation].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            <Button
              size="xs"
              onClick={() => onChoose(account.accountId)}
              loading={busy}
              data-testid={`account-choice-${account.accountId}`}
              data-kind={account.kind}
            >
              {t('account.login.enter')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
