import { Group, Pagination, Stack, Text } from '@mantine/core';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { useAction } from '../../data/use-action.ts';
import { useSession } from '../session/session-context.ts';
import { DeclarationsTable } from './DeclarationsTable.tsx';
import {
  copyDeclaration,
  createDeclaration,
  type DeclarationSummary,
  deleteDeclaration,
  listPageSize,
} from './declarations-api.ts';
import { ListActions } from './ListActions.tsx';
import { ListFilters } from './ListFilters.tsx';
import { editorPath } from './paths.ts';
import { newDocument } from './prefill.ts';
import { useDeclarationList } from './queries.ts';
import { declarationKeys } from './query-keys.ts';

/** The organisation's declarations (issue 6 point 14): filters by status, kind and number or reference; new, copy, delete. */
export function ListPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const load = loadOf(useDeclarationList({ status, kind, q, page }));
  const action = useAction((work: () => Promise<void>) => work(), [declarationKeys.all]);
  const failure = action.error;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  const act = (work: () => Promise<void>) => action.run(work);
  const create = (newKind: DeclarationKind) =>
    act(async () => navigate(editorPath((await createDeclaration(newKind, newDocument(newKind, me))).id)));
  const copy = (row: DeclarationSummary) => act(async () => navigate(editorPath((await copyDeclaration(row.id)).id)));
  const remove = (row: DeclarationSummary) =>
    act(async () => {
      if (!window.confirm(t('declarations.list.confirmDelete'))) return;
      await deleteDeclaration(row.id);
    });

  return (
    <Stack gap="lg" py="xl">
      <Group justify="space-between" align="flex-end">
        <PageHeading
          title={t('declarations.list.title')}
          lead={t('declarations.list.lead')}
          testId="declarations-title"
        />
        <ListActions onCreate={(k) => void create(k)} />
      </Group>
      <ListFilters values={{ status, kind, q }} onFilter={setFilter} />
      {failure !== undefined && <ServerRefusalAlert title={t('declarations.list.failedAction')} error={failure} />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('declarations.list.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.items.length === 0 && (
        <Text c="dimmed" data-testid="declarations-empty">
          {t('declarations.list.empty')}
        </Text>
      )}
      {load.state === 'ready' && load.value.items.length > 0 && (
        <DeclarationsTable
          rows={load.value.items}
          onCopy={(row) => void copy(row)}
          onRemove={(row) => void remove(row)}
        />
      )}
      {load.state === 'ready' && load.value.total > listPageSize && (
        <Pagination
          total={Math.ceil(load.value.total / listPageSize)}
          value={page}
          onChange={(value) => setFilter('page', String(value))}
        />
      )}
    </Stack>
  );
}
