import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { receiptSummary } from '@shekara/contracts/declarations/print';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { useCustomsOffices } from '../reference/queries.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { checkReceipt, type Declaration, fetchSigningPayload, type Receipt } from './declarations-api.ts';
import { declarationPath } from './paths.ts';
import { useDeclaration } from './queries.ts';
import { declarationKeys } from './query-keys.ts';
import { ReceiptCard, type ReceiptFacts } from './ReceiptCard.tsx';
import { keptReceipt } from './receipt-store.ts';
import './receipt-print.css';
import { sha256Hex } from './sha256.ts';

/**
 * The delivery receipt (WD-13, WD-14), printable: the registration number, the signed document's
 * hash, the customs office and the time, and where anyone can check it; who filed the document
 * (with its register number) and for whom. After a submission the
 * page has the signed receipt itself; later it confirms the document's hash with the public check.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  // The receipt in hand (just submitted, or kept from then) is read once; otherwise its facts come from the declaration.
  const [kept] = useState(() => (location.state as { receipt?: Receipt } | null)?.receipt ?? keptReceipt(id));
  const cms = kept?.cms ?? null;
  const found = useDeclaration(id);
  const declaration = found.data ?? null;
  const checked = useQuery({
    queryKey: [...declarationKeys.one(id), 'receipt'],
    queryFn: () => checkedFacts(id, declaration!),
    enabled: !kept && !!declaration?.registrationNumber && !!declaration.customsOffice && !!declaration.registeredAt,
  });
  const facts: ReceiptFacts | null = kept ?? checked.data ?? null;
  // The office by its name, as the reference data names it (issue 19 point 8).
  const offices = useCustomsOffices({});
  const office = offices.data?.find((o) => o.code === facts?.customsOffice);
  const failure = found.error ?? undefined;

  if (failure !== undefined && !facts)
    return <ServerRefusalAlert title={t('declarations.receipt.failed')} error={failure} />;
  if (!facts) {
    return (
      <Center py="xl">
        {declaration && !declaration.registrationNumber ? (
          <Alert color="gray">{t('declarations.receipt.notRegistered')}</Alert>
        ) : (
          <Loader aria-label={t('declarations.loading')} />
        )}
      </Center>
    );
  }

  return (
    <Stack gap="lg" py="xl" maw={820}>
      <Group justify="space-between" data-print="hide">
        <SmallLink to={declarationPath(id)}>{t('declarations.receipt.back')}</SmallLink>
        <Button variant="light" onClick={() => window.print()} data-testid="receipt-print">
          {t('declarations.receipt.print')}
        </Button>
      </Group>
      <ReceiptCard
        facts={facts}
        status={declaration?.status}
        cms={cms}
        officeName={office?.name[currentLanguage()] ?? null}
        summary={declaration ? receiptSummary(declaration.document) : null}
        parties={declaration?.parties}
      />
    </Stack>
  );
}

/** The receipt's facts from the declaration; the hash is printed only once the public check confirms it is the signed document's. */
async function checkedFacts(id: string, found: Declaration): Promise<ReceiptFacts> {
  const known = {
    registrationNumber: found.registrationNumber!,
    customsOffice: found.customsOffice!,
    registeredAt: found.registeredAt!,
  };
  const hash = await fetchSigningPayload(id).then(
    (payload) => sha256Hex(base64ToBytes(payload)),
    () => null,
  );
  const checked = hash ? await checkReceipt(known.registrationNumber, hash).catch(() => null) : null;
  return checked && hash
    ? { ...known, registeredAt: checked.registeredAt, documentSha256: hash }
    : { ...known, documentSha256: null };
}
