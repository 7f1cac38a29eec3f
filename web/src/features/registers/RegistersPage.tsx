import { Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { type OperatorRegister, operatorRegisters } from '@shekara/contracts/registers';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RowsTable } from '../../components/RowsTable.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { RefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import type { TextEvent } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate } from '../../dates.ts';
import { addEntry, endEntry, fetchEntries, type NewEntry, type RegisterEntry, registerKeys } from './registers-api.ts';

const emptyEntry = { iinBin: '', registerNumber: '', name: '', validFrom: '', validTo: '' };

/**
 * The officers' editor of the registers of persons in customs business (issue 17 point 6):
 * search every register, put a person on one, end an entry (excluded, suspended, expired).
 * Whoever is not on its type's register that day cannot register or act as that type.
 */
export function RegistersPage() {
  const { t } = useTranslation();
  const [register, setRegister] = useState<OperatorRegister | null>(null);
  const [q, setQ] = useState('');
  const query = { ...(register && { register }), ...(q && { q }), offset: 0, limit: 100 };
  const list = useQuery({ queryKey: registerKeys.list(query), queryFn: () => fetchEntries(query) });
  const registerOptions = operatorRegisters.map((value) => ({ value, label: t(`registers.names.${value}`) }));

  const [draft, setDraft] = useState({ ...emptyEntry, register: 'customs_representative' as OperatorRegister });
  const adding = useAction(addEntry, [registerKeys.all]);
  const [ending, setEnding] = useState<{ id: string; validTo: string; reason: string } | null>(null);
  const closing = useAction(
    (end: { id: string; validTo: string; reason: string }) => endEntry(end.id, end.validTo, end.reason),
    [registerKeys.all],
  );
  const failure = adding.error ?? closing.error ?? list.error;

  const add = async () => {
    const { validTo, ...rest } = draft;
    const body: NewEntry = { ...rest, ...(validTo && { validTo }) };
    if (await adding.run(body)) setDraft({ ...emptyEntry, register: draft.register });
  };
  const end = async () => {
    if (ending && (await closing.run(ending))) setEnding(null);
  };
  const field = (name: keyof typeof emptyEntry) => {
    const box = {
      label: t(`registers.fields.${name}`),
      value: draft[name],
      onChange: (event: TextEvent) => setDraft({ ...draft, [name]: event.currentTarget.value }),
      'data-testid': `register-new-${name}`,
    };
    // the days are typed and shown DD.MM.YYYY, as officials write them (issue 21 point 6)
    return name === 'validFrom' || name === 'validTo' ? <DayInput {...box} /> : <TextInput {...box} />;
  };

  return (
    <Stack gap="lg" py="xl">
      <PageHeading title={t('registers.title')} lead={t('registers.lead')} testId="registers-title" />
      {failure && <RefusalAlert title={t('registers.failed')} error={failure} testId="registers-error" />}
      <Group align="end">
        <Select
          label={t('registers.register')}
          data={registerOptions}
          value={register}
          onChange={(value) => setRegister(value as OperatorRegister | null)}
          clearable
          w={360}
          data-testid="registers-filter"
        />
        <SearchBox value={q} onSearch={setQ} placeholder={t('registers.search')} />
      </Group>
      {list.isPending && <Loader size="sm" />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('registers.total', { count: list.data.total })}
          </Text>
          <RowsTable<RegisterEntry>
            rows={list.data.items}
            minWidth={1000}
            testId="registers-entries"
            row={(e) => ({ key: e.id, 'data-iin-bin': e.iinBin })}
            columns={[
              { key: 'register', header: t('registers.register'), cell: (e) => t(`registers.names.${e.register}`) },
              { key: 'number', header: t('registers.fields.registerNumber'), cell: (e) => e.registerNumber },
              { key: 'iinBin', header: t('registers.fields.iinBin'), cell: (e) => e.iinBin },
              { key: 'name', header: t('registers.fields.name'), cell: (e) => e.name },
              {
                key: 'period',
                header: t('registers.period'),
                cell: (e) => (
                  <Stack gap={0}>
                    <Text size="sm">{`${printedDate(e.validFrom)} — ${e.validTo ? printedDate(e.validTo) : t('registers.openEnded')}`}</Text>
                    {e.endReason && <Text size="xs">{e.endReason}</Text>}
                  </Stack>
                ),
              },
              {
                key: 'end',
                header: '',
                cell: (e) =>
                  ending?.id === e.id ? (
                    <Group gap="xs" wrap="nowrap">
                      <DayInput
                        size="xs"
                        value={ending.validTo}
                        onChange={(event) => setEnding({ ...ending, validTo: event.currentTarget.value })}
                        data-testid="register-end-date"
                      />
                      <TextInput
                        size="xs"
                        placeholder={t('registers.reason')}
                        value={ending.reason}
                        onChange={(event) => setEnding({ ...ending, reason: event.currentTarget.value })}
                        data-testid="register-end-reason"
                      />
                      <Button
                        size="xs"
                        color="red"
                        loading={closing.pending}
                        onClick={end}
                        data-testid="register-end-save"
                      >
                        {t('registers.end')}
                      </Button>
                    </Group>
                  ) : (
                    e.validTo === null && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setEnding({ id: e.id, validTo: '', reason: '' })}
                        data-testid="register-end"
                      >
                        {t('registers.end')}
                      </Button>
                    )
                  ),
              },
            ]}
          />
        </>
      )}
      <TitledCard title={t('registers.add')} testId="register-new">
        <Select
          label={t('registers.register')}
          data={registerOptions}
          value={draft.register}
          onChange={(value) => value && setDraft({ ...draft, register: value as OperatorRegister })}
          allowDeselect={false}
        />
        {field('iinBin')}
        {field('registerNumber')}
        {field('name')}
        {field('validFrom')}
        {field('validTo')}
        <Group>
          <Button onClick={add} loading={adding.pending} data-testid="register-new-save">
            {t('registers.addButton')}
          </Button>
        </Group>
      </TitledCard>
    </Stack>
  );
}
