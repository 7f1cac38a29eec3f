import { Alert, Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useEmailedToken } from '../../data/use-emailed-token.ts';
import { printedDate } from '../../dates.ts';
import { confirmUnsignedRequest } from './credentials-api.ts';
import { unsignedRequestPath } from './paths.ts';

/** The link of the unsigned request's e-mail (REG-10) lands here: following it files the request to the body. */
export function UnsignedConfirmPage() {
  const { t } = useTranslation();
  const { wellFormed, confirming } = useEmailedToken(confirmUnsignedRequest);

  const filed = confirming.value;
  return (
    <Stack gap="lg" py="xl" maw={640}>
      <Title order={1}>{t('credentials.unsigned.confirmTitle')}</Title>
      {!wellFormed && <Alert color="red">{t('credentials.unsigned.malformed')}</Alert>}
      {wellFormed && confirming.status !== 'success' && confirming.status !== 'error' && (
        <Center py="lg">
          <Loader aria-label={t('credentials.unsigned.confirming')} />
        </Center>
      )}
      {filed && (
        <Alert color="teal" title={t('credentials.unsigned.confirmedTitle')} data-testid="unsigned-confirmed">
          <Text size="sm">
            {t('credentials.unsigned.confirmedText', { number: filed.number, date: printedDate(filed.reviewDueOn) })}
          </Text>
        </Alert>
      )}
      {(confirming.error !== undefined || !wellFormed) && (
        <>
          {confirming.error !== undefined && (
            <ServerRefusalAlert title={t('credentials.unsigned.confirmFailed')} error={confirming.error} />
          )}
          {/* an expired or spent link: the request is filed anew */}
          <Anchor component={Link} to={unsignedRequestPath} size="sm">
            {t('credentials.unsigned.fileAgain')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
