import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TransitMovementView } from '@shekara/contracts/declarations/transit';
import { useTranslation } from 'react-i18next';
import { printedDate, printedTime } from '../../dates.ts';

/** The facts the card shows, in order: each has its label under `transit.facts`. */
export const movementFacts = [
  'departure',
  'destination',
  'term',
  'carrier',
  'security',
  'declaredSecurity',
  'released',
  'arrived',
  'completed',
] as const;

/**
 * A transit declaration's movement (issue 17 point 4), as the declarant, the carrier and both
 * offices see it: the offices, the term of delivery, the security recorded at the release for
 * transit, each step's time and office, and the flag when the term passed with no arrival.
 */
export function TransitMovementCard({ movement }: { movement: TransitMovementView }) {
  const { t, i18n } = useTranslation();
  const at = (time: string | null, office: string | null) =>
    time ? `${printedTime(time, i18n.resolvedLanguage)}${office ? ` · ${office}` : ''}` : '—';
  const { security } = movement;
  const facts: [(typeof movementFacts)[number], string][] = [
    ['departure', movement.departureOffice],
    ['destination', movement.destinationOffice],
    ['term', printedDate(movement.deliveryTerm)],
    ['carrier', movement.carrierIinBin ?? '—'],
    [
      'security',
      security.amount
        ? t('transit.tenge', { amount: security.amount })
        : t('transit.securityNotCalculated', { reason: security.failure?.message ?? '' }),
    ],
    [
      'declaredSecurity',
      [
        security.declaredAmount ? t('transit.tenge', { amount: security.declaredAmount }) : '—',
        security.methodCode,
        security.certificateNumber,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    ['released', at(movement.releasedAt, movement.releasedByOffice)],
    ['arrived', at(movement.arrivedAt, movement.arrivalOffice)],
    ['completed', at(movement.completedAt, movement.completionOffice)],
  ];
  return (
    <Card withBorder padding="md" data-testid="transit-movement">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('transit.title')}
        </Title>
        {movement.overdueFlaggedAt && (
          <Alert color="red" title={t('transit.overdue')} data-testid="transit-overdue">
            {t('transit.overdueText', {
              term: movement.deliveryTerm,
              flagged: printedTime(movement.overdueFlaggedAt, i18n.resolvedLanguage),
            })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {facts.map(([key, value]) => (
            <Stack key={key} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`transit.facts.${key}`)}
              </Text>
              <Text data-testid={`transit-${key}`} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
