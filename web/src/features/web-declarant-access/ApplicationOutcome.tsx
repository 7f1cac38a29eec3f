import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedTime } from '../../dates.ts';
import { accountAccessPath } from './paths.ts';
import { type Application, letterUrl } from './web-declarant-api.ts';

/** A decided application: the login just issued or the reason of refusal, and the letter to print. */
export function ApplicationOutcome({
  application,
  issuedLogin,
}: {
  application: Application;
  issuedLogin: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        {issuedLogin && (
          <Alert
            color="green"
            title={t('webDeclarant.application.issued', { logins: issuedLogin })}
            data-testid="wd-issued"
          >
            {t('webDeclarant.application.letterHint')}
          </Alert>
        )}
        {application.rejectReason && (
          <Text>{t('webDeclarant.application.rejectedBecause', { reason: application.rejectReason })}</Text>
        )}
        {application.letterSentAt && (
          <Text size="sm">
            {t('webDeclarant.application.letterSent', { time: printedTime(application.letterSentAt, language) })}
          </Text>
        )}
        <Group>
          <Button
            component="a"
            href={letterUrl(application.id)}
            target="_blank"
            variant="default"
            data-testid="wd-letter"
          >
            {t('webDeclarant.application.letter')}
          </Button>
          {application.accountId && (
            <Button component={Link} to={accountAccessPath(application.accountId)} variant="subtle">
              {t('webDeclarant.application.access')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
