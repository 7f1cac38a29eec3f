import { Button, Group, Select, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { typed } from '../../components/text-binding.ts';
import type { InboxFilters } from './inbox-filters.ts';
import { channels, declarationKinds, declarationStatuses } from './officer-declaration.ts';

interface InboxFilterBarProps {
  filters: InboxFilters;
  /** The number as typed, found only when the officer asks. */
  typed: string;
  setTyped: (typed: string) => void;
  onFind: (event: FormEvent) => void;
  onChange: (next: Partial<InboxFilters>) => void;
  /** What stands at the end of the filters' row (the refresh button). */
  children: ReactNode;
}

/** The inbox's search by number and its filters by status, kind and channel. */
export function InboxFilterBar({
  filters,
  typed: numberTyped,
  setTyped,
  onFind,
  onChange,
  children,
}: InboxFilterBarProps) {
  const { t } = useTranslation();
  const select = <K extends 'status' | 'kind' | 'channel'>(
    key: K,
    values: readonly string[],
    label: (value: string) => string,
  ) => (
    <Select
      label={t(`officerDeclarations.inbox.${key}`)}
      placeholder={t('officerDeclarations.inbox.any')}
      clearable
      value={filters[key]}
      onChange={(value) => onChange({ [key]: value } as Partial<InboxFilters>)}
      data={values.map((value) => ({ value, label: label(value) }))}
      data-testid={`inbox-${key}`}
    />
  );
  return (
    <>
      <form onSubmit={onFind}>
        <Group align="flex-end">
          <TextInput
            label={t('officerDeclarations.inbox.number')}
            placeholder={t('officerDeclarations.inbox.numberPlaceholder')}
            {...typed(numberTyped, setTyped)}
            maxLength={40}
            w={260}
            data-testid="inbox-number"
          />
          <Button type="submit" data-testid="inbox-find">
            {t('officerDeclarations.inbox.find')}
          </Button>
          {filters.number && (
            <Button variant="subtle" onClick={() => onChange({ number: '' })} data-testid="inbox-clear-number">
              {t('officerDeclarations.inbox.clearNumber')}
            </Button>
          )}
        </Group>
      </form>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          {select(
            'status',
            declarationStatuses.filter((status) => status !== 'draft'),
            (status) => t(`officerDeclarations.status.${status}`),
          )}
          {select('kind', declarationKinds, (kind) => t(`officerDeclarations.kind.${kind}`))}
          {select('channel', channels, (channel) => t(`officerDeclarations.channel.${channel}`))}
        </Group>
        {children}
      </Group>
    </>
  );
}
