import { Alert, Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { printedTime } from '../../dates.ts';
import { PrintMenu } from '../declarations/print/PrintMenu.tsx';
import { officerDeclarationPdfUrl } from '../declarations/print/print-urls.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { FilingPartiesNote } from '../representation/FilingPartiesNote.tsx';
import { TransitMovementCard } from '../transit/TransitMovementCard.tsx';
import { ChannelBadge, StatusBadge } from './Badges.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { DeclarationTabs } from './DeclarationTabs.tsx';
import { LinksCard } from './LinksCard.tsx';
import { inboxPath } from './paths.ts';
import { useOfficerDeclaration } from './queries.ts';
import { ResubmittedMark } from './ResubmittedMark.tsx';

/**
 * One declaration as the officer reviews it (issue 6 points 7, 8): the signed document, its
 * control report, files, copies and history — the declarant's data, opened for a stated reason (ACC-7).
 */
export function DeclarationPage() {
  return <ReadReasonGate>{(reason) => <OfficerDeclarationView reason={reason} />}</ReadReasonGate>;
}

function OfficerDeclarationView({ reason }: { reason: DataReadReason }) {
  const { t, i18n } = useTranslation();
  const { number = '' } = useParams();
  const query = useOfficerDeclaration(number, reason);
  const [deciding, setDeciding] = useState(false);
  const [decided, setDecided] = useState(false);

  if (query.status === 'pending') return <Loader my="xl" aria-label={t('officerDeclarations.document.loading')} />;
  if (query.status === 'error') {
    return (
      <Stack gap="lg" py="xl">
        <ServerRefusalAlert title={t('officerDeclarations.document.failed')} error={query.error} />
        <Anchor component={Link} to={inboxPath}>
          {t('officerDeclarations.document.back')}
        </Anchor>
      </Stack>
    );
  }

  const declaration = query.data;
  const facts: [string, string][] = [
    ['kind', t(`officerDeclarations.kind.${declaration.kind}`)],
    ['office', declaration.customsOffice],
    ['registered', printedTime(declaration.registeredAt, i18n.resolvedLanguage)],
    ['declarant', declaration.declarantIinBin ?? ''],
  ];
  // what a goods declaration owes and what is held for it: a release takes what is held (issue 16)
  const payment = declaration.payment;
  if (payment?.assessed) {
    facts.push(
      [
        'owed',
        payment.owed
          ? t('officerDeclarations.document.tenge', { amount: payment.owed })
          : (payment.failure?.message ?? '—'),
      ],
      [
        'held',
        payment.heldBy
          ? t('officerDeclarations.document.heldBy', { amount: payment.held, payer: payment.heldBy })
          : t('officerDeclarations.document.notHeld'),
      ],
    );
  }

  return (
    <Stack gap="lg" py="xl">
      <SmallLink to={inboxPath}>{t('officerDeclarations.document.back')}</SmallLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('officerDeclarations.document.number')}
          </Text>
          <Title order={1} ff="monospace" data-testid="declaration-number">
            {declaration.registrationNumber}
          </Title>
          <Group gap="xs">
            <StatusBadge status={declaration.status} />
            <ChannelBadge channel={declaration.channel} />
            <ResubmittedMark
              registrationNumber={declaration.registrationNumber}
              copies={declaration.submissions.at(-1)?.seq ?? 1}
            />
          </Group>
        </Stack>
        <Group>
          <PrintMenu
            url={(lang) => officerDeclarationPdfUrl(declaration.registrationNumber, reason, lang)}
            testId="declaration-print"
          />
          {declaration.allowedDecisions.length > 0 && (
            <Button size="md" onClick={() => setDeciding(true)} data-testid="declaration-decide">
              {t('officerDeclarations.document.decide')}
            </Button>
          )}
        </Group>
      </Group>
      {declaration.access === 'border_release' && (
        <Alert color="blue" title={t('officerDeclarations.document.borderRelease')} data-testid="border-release-note">
          {t('officerDeclarations.document.borderReleaseText', { office: declaration.customsOffice })}
        </Alert>
      )}
      {decided && (
        <Alert
          color="green"
          title={t('officerDeclarations.decide.done')}
          withCloseButton
          onClose={() => setDecided(false)}
          data-testid="decision-done"
        />
      )}
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {facts.map(([key, value]) => (
            <Stack key={key} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`officerDeclarations.document.facts.${key}`)}
              </Text>
              <Text data-testid={`declaration-${key}`}>{value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Card>
      {declaration.access === 'transit_destination' && (
        <Alert color="blue" data-testid="transit-destination-note">
          {t('transit.destinationNote')}
        </Alert>
      )}
      {declaration.transit && <TransitMovementCard movement={declaration.transit} />}
      <LinksCard links={declaration.links} />
      <FilingPartiesNote parties={declaration.parties} />
      <DeclarationTabs declaration={declaration} reason={reason} />
      <DecisionDialog
        declaration={declaration}
        reason={reason}
        opened={deciding}
        onClose={() => setDeciding(false)}
        onDecided={() => {
          setDeciding(false);
          setDecided(true);
        }}
      />
    </Stack>
  );
}
