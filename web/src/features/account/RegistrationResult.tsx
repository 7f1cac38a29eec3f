import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useSigner } from '../signing/signer-context.ts';
import type { Registered } from './account-api.ts';
import { useTerritorialDepartments } from './queries.ts';

/** After sending: "check your e-mail" (REG-11), or where the request for a login went and by when it is reviewed (AST-5). */
export function RegistrationResult({ result, email }: { result: Registered; email: string }) {
  const { t } = useTranslation();
  // Only a development server has a test signer, and only there is e-mail kept in the development mailbox.
  const { testKeys } = useSigner();
  const departments = useTerritorialDepartments(result.status === 'credentials_requested');

  if (result.status === 'awaiting_email_confirmation') {
    return (
      <Alert
        color="teal"
        title={t('account.register.done.emailTitle')}
        data-testid="registration-result"
        data-status={result.status}
      >
        <Stack gap="xs">
          <Text size="sm">{t('account.register.done.emailText', { email })}</Text>
          <Text size="sm">{t('account.register.done.emailExpiry')}</Text>
          {testKeys && (
            <Anchor component={Link} to="/dev/mailbox" size="sm" data-testid="registration-dev-mailbox">
              {t('account.register.done.devMailbox')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  }
  const body = departments.data?.find((b) => b.code === result.bodyCode);
  const bodyName = body ? `${body.name[currentLanguage()]} (${body.code})` : result.bodyCode;
  const due = printedDate(result.reviewDueOn);
  return (
    <Alert
      color="teal"
      title={t('account.register.done.requestTitle')}
      data-testid="registration-result"
      data-status={result.status}
    >
      <Stack gap="xs">
        <Text size="sm" data-testid="request-number" data-number={result.requestNumber}>
          {t('account.register.done.requestText', { number: result.requestNumber, body: bodyName, due })}
        </Text>
        <Text size="sm">{t('account.register.done.requestNext', { email })}</Text>
      </Stack>
    </Alert>
  );
}
