import { Alert, Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { printedDate } from '../../dates.ts';
import { confirmUnsignedRequest } from './credentials-api.ts';
import { unsignedRequestPath } from './paths.ts';

/** The link of the unsigned request's e-mail (REG-10) lands here: following it files the request to the body. */
export function UnsignedConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = /^[A-Za-z0-9_-]{20,100}$/.test(token);
  const confirming = useAction(confirmUnsignedRequest);
  // A token is single-use: development's double effects must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !wellFormed) return;
    sent.current = true;
    void confirming.run(token);
  }, [token, wellFormed, confirming]);

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
