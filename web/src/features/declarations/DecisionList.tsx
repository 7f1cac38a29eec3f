import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedTime } from '../../dates.ts';
import { reasonsOf } from './decisions.ts';
import type { Decision } from './declarations-api.ts';
import { declarationPath } from './paths.ts';

/** Officers' decisions, unread ones marked; in the inbox each links to its declaration. */
export function DecisionList({ decisions, onRead }: { decisions: readonly Decision[]; onRead?: (id: string) => void }) {
  const { t, i18n } = useTranslation();
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
                  {t(`declarations.decisionNames.${decision.decision}`, { defaultValue: decision.decision })}
                </Text>
                {decision.readAt === null && (
                  <Badge size="xs" color="blue">
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
            <Group gap="xs">
              {decision.declarationId && (
                <Button
                  size="xs"
                  variant="default"
                  component={Link}
                  to={declarationPath(decision.declarationId)}
                  // opening the declaration from the inbox is reading the decision: it stops being "new"
                  onClick={() => decision.readAt === null && onRead?.(decision.id)}
                  data-testid="decision-open"
                >
                  {t('declarations.decisions.open')}
                </Button>
              )}
              {onRead && decision.readAt === null && (
                <Button size="xs" variant="light" onClick={() => onRead(decision.id)} data-testid="decision-read">
                  {t('declarations.decisions.markRead')}
                </Button>
              )}
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
