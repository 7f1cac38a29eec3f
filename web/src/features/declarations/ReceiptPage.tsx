import { Alert, Anchor, Button, Card, Center, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../dates.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { Fact } from './DeclarationPage.tsx';
import { checkReceipt, fetchDeclaration, fetchSigningPayload, type Declaration, type Receipt } from './declarations-api.ts';
import { declarationPath, verifyPath } from './paths.ts';
import { keptReceipt } from './receipt-store.ts';
import './receipt-print.css';
import { sha256Hex } from './sha256.ts';
import { StatusBadge } from './StatusBadge.tsx';

type ReceiptFacts = Pick<Receipt, 'registrationNumber' | 'customsOffice' | 'registeredAt'> & { documentSha256: string | null };

/**
 * The delivery receipt (WD-13, WD-14), printable: the registration number, the signed document's
 * hash, the customs office and the time, and where anyone can check it. After a submission the
 * page has the signed receipt itself; later it confirms the document's hash with the public check.
 */
export function ReceiptPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [declaration, setDeclaration] = useState<Declaration | null>(null);
  const [facts, setFacts] = useState<ReceiptFacts | null>(() => (location.state as { receipt?: Receipt } | null)?.receipt ?? keptReceipt(id));
  const [cms, setCms] = useState<string | null>(() => (location.state as { receipt?: Receipt } | null)?.receipt?.cms ?? keptReceipt(id)?.cms ?? null);
  const [failure, setFailure] = useState<unknown>();

  useEffect(() => {
    let live = true;
    fetchDeclaration(id).then(async (found) => {
      if (!live) return;
      setDeclaration(found);
      if (facts || !found.registrationNumber || !found.customsOffice || !found.registeredAt) return;
      const known = { registrationNumber: found.registrationNumber, customsOffice: found.customsOffice, registeredAt: found.registeredAt };
      // The hash is printed only once the public check confirms it is the signed document's.
      const hash = await fetchSigningPayload(id).then((payload) => sha256Hex(base64ToBytes(payload)), () => null);
      const checked = hash ? await checkReceipt(found.registrationNumber, hash).catch(() => null) : null;
      if (live) setFacts(checked && hash ? { ...known, registeredAt: checked.registeredAt, documentSha256: hash } : { ...known, documentSha256: null });
    }).catch((error: unknown) => live && setFailure(error));
    return () => {
      live = false;
    };
    // the receipt in hand is read once; the declaration is fetched again only for another id
  }, [id]);

  if (failure !== undefined && !facts) return <ServerRefusalAlert title={t('declarations.receipt.failed')} error={failure} />;
  if (!facts) {
    return (
      <Center py="xl">
        {declaration && !declaration.registrationNumber ? <Alert color="gray">{t('declarations.receipt.notRegistered')}</Alert> : <Loader aria-label={t('declarations.loading')} />}
      </Center>
    );
  }

  const verifyUrl = facts.documentSha256 ? `${verifyPath(facts.registrationNumber)}?hash=${facts.documentSha256}` : verifyPath(facts.registrationNumber);
  return (
    <Stack gap="lg" py="xl" maw={820}>
      <Group justify="space-between" data-print="hide">
        <Anchor component={Link} to={declarationPath(id)} size="sm">
          {t('declarations.receipt.back')}
        </Anchor>
        <Button variant="light" onClick={() => window.print()} data-testid="receipt-print">
          {t('declarations.receipt.print')}
        </Button>
      </Group>
      <Card withBorder padding="xl" data-testid="receipt">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('declarations.receipt.title')}
          </Title>
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('declarations.receipt.number')}
            </Text>
            <Text fz={28} fw={700} ff="monospace" data-testid="receipt-number">
              {facts.registrationNumber}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('declarations.receipt.office')} value={facts.customsOffice} testId="receipt-office" />
            <Fact label={t('declarations.receipt.registeredAt')} value={printedTime(facts.registeredAt, i18n.resolvedLanguage)} testId="receipt-time" />
          </SimpleGrid>
          {facts.documentSha256 && (
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('declarations.receipt.hash')}
              </Text>
              <Code block data-testid="receipt-hash" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
                {facts.documentSha256}
              </Code>
            </Stack>
          )}
          {declaration && (
            <Group gap="xs">
              <Text size="sm">{t('declarations.receipt.status')}</Text>
              <StatusBadge status={declaration.status} />
            </Group>
          )}
          <Text size="sm">
            {t('declarations.receipt.verifyText')}{' '}
            <Anchor component={Link} to={verifyUrl} data-testid="receipt-verify">
              {`${window.location.origin}${verifyPath(facts.registrationNumber)}`}
            </Anchor>
          </Text>
          {cms && (
            <Text size="xs" c="dimmed" data-print="hide">
              {t('declarations.receipt.signed')}{' '}
              <Anchor href={`data:application/pkcs7-mime;base64,${cms}`} download={`${facts.registrationNumber.replace(/\//g, '-')}.p7m`} data-testid="receipt-cms">
                {t('declarations.receipt.download')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
