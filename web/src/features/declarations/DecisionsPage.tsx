import { Group, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { ticked } from '../../components/text-binding.ts';
import { loadOf } from '../../data/load.ts';
import { DecisionList } from './DecisionList.tsx';
import { inboxOrder } from './decisions.ts';
import { useDecisions } from './queries.ts';

/** The decisions inbox (ACC-21): officers' decisions on the organisation's declarations, a page at a time. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const unread = params.get('unread') === 'true';
  const decisions = useDecisions({ unread, page });
  const load = loadOf(decisions);

  const show = (next: { page?: number; unread?: boolean }) => {
    const query = new URLSearchParams(params);
    const nextPage = next.page ?? 1;
    if (nextPage > 1) query.set('page', String(nextPage));
    else query.delete('page');
    if (next.unread ?? unread) query.set('unread', 'true');
    else query.delete('unread');
    setParams(query);
  };

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <Group justify="space-between" align="flex-end">
        <PageHeading
          title={t('declarations.decisions.title')}
          lead={t('declarations.decisions.lead')}
          testId="decisions-title"
        />
        <RefreshButton query={decisions}>{t('declarations.view.refresh')}</RefreshButton>
      </Group>
      <Switch
        label={t('declarations.decisions.onlyUnread')}
        {...ticked(unread, (checked) => show({ unread: checked }))}
        data-testid="decisions-only-unread"
      />
      {load.state === 'failed' && <ServerRefusalAlert title={t('declarations.decisions.failed')} error={load.error} />}
      {load.state === 'ready' && <DecisionList decisions={inboxOrder(load.value.decisions)} />}
      {load.state === 'ready' && (
        <Pager
          page={page}
          more={load.value.more}
          onPage={(next) => show({ page: next })}
          labels={{
            previous: t('declarations.decisions.newer'),
            next: t('declarations.decisions.older'),
            page: t('declarations.decisions.page', { page }),
          }}
          testId="decisions-pages"
          justify="space-between"
        />
      )}
    </Stack>
  );
}
