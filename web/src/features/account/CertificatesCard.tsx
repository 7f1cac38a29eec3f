import { Alert, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TitledCard } from '../../components/TitledCard.tsx';
import { useAction } from '../../data/use-action.ts';
import { signChallenge } from '../signing/challenge.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { useSigner } from '../signing/signer-context.ts';
import { bindCertificate, fetchChallenge } from './account-api.ts';
import { formatDay, formatInstant } from './format.ts';
import { accountKeys, useCertificates, useSessionEndReported } from './queries.ts';

/**
 * The certificates bound to the account, and AST-8's change after a reissue: the user proves the
 * new key by signing a fresh challenge with it while logged in; the old one is marked replaced.
 */
export function CertificatesCard({ onChanged }: { onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const { data: certificates, error: loadFailure } = useCertificates();
  const [binding, setBinding] = useState(false);
  const [bound, setBound] = useState<string | null>(null);
  const binder = useAction(
    async () => bindCertificate(await signChallenge(signer, (await fetchChallenge()).nonce)),
    [accountKeys.certificates],
  );
  useSessionEndReported(binder.error);
  const failure = binder.error ?? loadFailure;
  const busy = binder.pending;

  const bind = async () => {
    setBound(null);
    const result = await binder.run();
    if (!result) return;
    setBound(result.commonName ?? result.serialNumber);
    setBinding(false);
    await onChanged();
  };

  return (
    <TitledCard title={t('account.profile.certificates.title')} testId="profile-certificates">
      {!certificates && !failure && <Loader size="sm" />}
      {certificates?.map((c) => (
        <Card
          key={`${c.issuer}/${c.serialNumber}`}
          withBorder
          padding="sm"
          data-testid="certificate-row"
          data-status={c.status}
        >
          <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={600}>
                {c.commonName ?? c.serialNumber}
              </Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {t('account.profile.certificates.serial', { serial: c.serialNumber, algorithm: c.algorithm })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('account.profile.certificates.validity', {
                  from: formatDay(c.notBefore),
                  to: formatDay(c.notAfter),
                  bound: formatInstant(c.boundAt),
                })}
              </Text>
            </Stack>
            <Badge color={c.status === 'active' ? 'teal' : 'gray'} variant="light">
              {t(`account.profile.certificates.status.${c.status}`)}
            </Badge>
          </Group>
        </Card>
      ))}
      {certificates && certificates.length === 0 && <Text c="dimmed">{t('account.profile.certificates.none')}</Text>}
      {bound && (
        <Alert color="teal" data-testid="certificate-bound">
          {t('account.profile.certificates.bound', { name: bound })}
        </Alert>
      )}
      {binding ? (
        <Stack gap="sm">
          <Text size="sm">{t('account.profile.certificates.bindLead')}</Text>
          <SignerPanel />
          <Group>
            <Button onClick={() => void bind()} loading={busy} data-testid="certificate-bind-sign">
              {t('account.profile.certificates.bindSign')}
            </Button>
            <Button variant="default" onClick={() => setBinding(false)} disabled={busy}>
              {t('account.profile.certificates.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button variant="light" onClick={() => setBinding(true)} data-testid="certificate-bind">
            {t('account.profile.certificates.bind')}
          </Button>
        </Group>
      )}
      {failure && <SigningErrorAlert error={failure} />}
    </TitledCard>
  );
}
