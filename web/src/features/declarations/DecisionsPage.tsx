import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useLoad } from '../../use-load.ts';
import { DecisionList } from './DecisionList.tsx';
import { fetchDecisions, markDecisionRead, type Decision } from './declarations-api.ts';
import { inboxOrder } from './decisions.ts';

/** The decisions inbox (ACC-21): officers' decisions on the organisation's declarations. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const [load, start] = useLoad<Decision[]>();
  const [failure, setFailure] = useState<unknown>();
  const refresh = useCallback(() => start(fetchDecisions()), [start]);
  useEffect(refresh, [refresh]);

  const read = async (id: string) => {
    try {
      await markDecisionRead(id);
      refresh();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <Group justify="space-between" align="flex-end">
        <Stack gap="xs">
          <Title order={1} data-testid="decisions-title">
            {t('declarations.decisions.title')}
          </Title>
          <Text>{t('declarations.decisions.lead')}</Text>
        </Stack>
        <Button variant="default" onClick={refresh} loading={load.state === 'loading'}>
          {t('declarations.view.refresh')}
        </Button>
      </Group>
      {failure !== undefined && <ServerRefusalAlert title={t('declarations.decisions.failed')} error={failure} />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('declarations.decisions.failed')} error={load.error} />}
      {load.state === 'ready' && <DecisionList decisions={inboxOrder(load.value)} onRead={(id) => void read(id)} />}
    </Stack>
  );
}
