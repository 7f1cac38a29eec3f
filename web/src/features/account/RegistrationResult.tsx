import { Alert, Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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
  // Either way the same notice, told by its status, with what follows in it.
  const notice = (title: string, lines: ReactNode) => (
    <Alert color="teal" title={title} data-testid="registration-result" data-status={result.status}>
      <Stack gap="xs">{lines}</Stack>
    </Alert>
  );

  if (result.status === 'awaiting_email_confirmation') {
    return notice(
      t('account.register.done.emailTitle'),
      <>
        <Text size="sm">{t('account.register.done.emailText', { email })}</Text>
        <Text size="sm">{t('account.register.done.emailExpiry')}</Text>
        {testKeys && (
          <Anchor component={Link} to="/dev/mailbox" size="sm" data-testid="registration-dev-mailbox">
            {t('account.register.done.devMailbox')}
          </Anchor>
        )}
      </>,
    );
  }
  const body = departments.data?.find((b) => b.code === result.bodyCode);
  const bodyName = body ? `${body.name[currentLanguage()]} (${body.code})` : result.bodyCode;
  const due = printedDate(result.reviewDueOn);
  return notice(
    t('account.register.done.requestTitle'),
    <>
      <Text size="sm" data-testid="request-number" data-number={result.requestNumber}>
        {t('account.register.done.requestText', { number: result.requestNumber, body: bodyName, due })}
      </Text>
      <Text size="sm">{t('account.register.done.requestNext', { email })}</Text>
    </>,
  );
}
