import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/StateBadge.tsx';
import type { SaveState } from './use-autosave.ts';

const colors: Record<SaveState, string> = {
  saved: 'teal',
  pending: 'gray',
  saving: 'blue',
  conflict: 'red',
  failed: 'orange',
};

/** Whether the working copy is saved; a conflict says what to do. */
export function SaveStateBadge({ state }: { state: SaveState }) {
  return <StateBadge state={state} colors={colors} labels="declarations.save" testId="save-state" attribute="state" />;
}

export function SaveConflictAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('declarations.save.conflictTitle')} data-testid="save-conflict">
      {error instanceof Error ? error.message : ''}
      <Button mt="sm" size="xs" variant="light" color="red" onClick={onReload} display="block">
        {t('declarations.save.reload')}
      </Button>
    </Alert>
  );
}
