import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedTime } from '../../dates.ts';
import { reasonsOf } from './decisions.ts';
import type { Decision } from './declarations-api.ts';
import { declarationPath } from './paths.ts';
import { useReadOnSight } from './unread-decisions.ts';

/**
 * Officers' decisions; in the inbox each links to its declaration. Shown is read (issue 19 point
 * 5): those unread when the page got them are marked read at once, and keep their "new" mark
 * for this visit.
 */
export function DecisionList({ decisions }: { decisions: readonly Decision[] }) {
  const { t, i18n } = useTranslation();
  const newOnArrival = useReadOnSight(decisions);
  if (decisions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="decisions-empty">
        {t('declarations.decisions.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="decisions">
      {decisions.map((decision) => (
        <Card
          key={decision.id}
          withBorder
          padding="sm"
          data-testid="decision"
          data-decision={decision.decision}
          data-read={decision.readAt !== null}
        >
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>
                  {t(`declarations.decisionNames.${decision.decision}`, {
                    defaultValue: t('officerDeclarations.decide.choose'),
                  })}
                </Text>
                {(decision.readAt === null || newOnArrival.has(decision.id)) && (
                  <Badge size="xs" color="blue" data-testid="decision-new">
                    {t('declarations.decisions.unread')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {printedTime(decision.decidedAt, i18n.resolvedLanguage)} · {decision.office}
                {decision.registrationNumber ? ` · ${decision.registrationNumber}` : ''}
                {decision.automatic ? ` · ${t('declarations.decisions.automatic')}` : ''}
              </Text>
              {reasonsOf(decision) && (
                <Text size="sm">{t('declarations.decisions.reasons', { reasons: reasonsOf(decision) })}</Text>
              )}
            </Stack>
            {decision.declarationId && (
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={declarationPath(decision.declarationId)}
                data-testid="decision-open"
              >
                {t('declarations.decisions.open')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
