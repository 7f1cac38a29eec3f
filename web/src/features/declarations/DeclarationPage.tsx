import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSection } from '../../components/PageSection.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { printedTime } from '../../dates.ts';
import { FilingPartiesNote } from '../representation/FilingPartiesNote.tsx';
import { TransitMovementCard } from '../transit/TransitMovementCard.tsx';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { DecisionList } from './DecisionList.tsx';
import { DeclarationActions } from './DeclarationActions.tsx';
import type { Declaration } from './declarations-api.ts';
import { LinksCard } from './LinksCard.tsx';
import { LoadedDeclaration } from './LoadedDeclaration.tsx';
import { PaymentCard } from './PaymentCard.tsx';
import { declarationsPath } from './paths.ts';
import { useDeclaration } from './queries.ts';
import { declarationKeys } from './query-keys.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { Timeline } from './Timeline.tsx';

/**
 * The kinds the payments engine assesses at registration (server: submission/submit-declaration.ts),
 * whose page shows what they owe and pays it: a goods declaration, and a passenger declaration at
 * the unified rate (issue 17 point 2).
 */
const assessedKinds: readonly Declaration['kind'][] = ['goods', 'passenger'];

/** One declaration as the declarant follows it: status, number, decisions and history (issue 6 point 14). */
export function DeclarationPage() {
  const { id = '' } = useParams();
  return (
    <LoadedDeclaration query={useDeclaration(id)}>
      {(declaration) => <DeclarationView declaration={declaration} />}
    </LoadedDeclaration>
  );
}

function DeclarationView({ declaration }: { declaration: Declaration }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const reload = () => void client.invalidateQueries({ queryKey: declarationKeys.one(declaration.id) });
  return (
    <Stack gap="lg" py="xl" data-testid="declaration-page">
      <Stack gap={4}>
        <SmallLink to={declarationsPath}>{t('declarations.editor.back')}</SmallLink>
        <Title order={1}>{t(`declarations.kinds.${declaration.kind}`)}</Title>
        <Group gap="xs">
          <StatusBadge status={declaration.status} />
          {declaration.registrationNumber && (
            <Text fw={600} data-testid="declaration-number">
              {declaration.registrationNumber}
            </Text>
          )}
        </Group>
      </Stack>
      <DeclarationActions declaration={declaration} onRefresh={reload} />
      <FilingPartiesNote parties={declaration.parties} />
      {declaration.registrationNumber && (
        <Card withBorder padding="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Fact label={t('declarations.receipt.office')} value={declaration.customsOffice ?? ''} />
            <Fact
              label={t('declarations.receipt.registeredAt')}
              value={declaration.registeredAt ? printedTime(declaration.registeredAt, i18n.resolvedLanguage) : ''}
            />
            <Fact
              label={t('declarations.view.channel')}
              value={declaration.channel ? t(`declarations.channels.${declaration.channel}`) : '—'}
            />
          </SimpleGrid>
        </Card>
      )}
      {declaration.registrationNumber && assessedKinds.includes(declaration.kind) && (
        <PaymentCard declarationId={declaration.id} />
      )}
      {declaration.transit && <TransitMovementCard movement={declaration.transit} />}
      <LinksCard links={declaration.links} />
      <PageSection title={t('declarations.decisions.title')}>
        <DecisionList decisions={declaration.decisions} />
      </PageSection>
      <PageSection title={t('declarations.timeline.title')}>
        <Timeline events={declaration.timeline} />
      </PageSection>
      <AttachmentsCard
        declarationId={declaration.id}
        attachments={declaration.attachments}
        editable={false}
        onChanged={reload}
      />
    </Stack>
  );
}

export function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}
