import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RowsTable } from '../../components/RowsTable.tsx';
import { RefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import type { TextEvent } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate } from '../../dates.ts';
import {
  enterFromPaper,
  fetchRepresentationsNaming,
  officerRepresentationKeys,
  type Representation,
} from './representation-api.ts';

const blank = {
  representativeBin: '',
  declarantIinBin: '',
  contractNumber: '',
  contractDate: '',
  validFrom: '',
  validTo: '',
  paperBasis: '',
};

const days = new Set<keyof typeof blank>(['contractDate', 'validFrom', 'validTo']);

/**
 * An officer's page of customs representation (issue 17 point 7, ACC-9): the representations
 * naming a person, and the entry of one from the paper contract the declarant signed and brought.
 */
export function OfficerRepresentationsPage() {
  const { t } = useTranslation();
  const [iinBin, setIinBin] = useState('');
  const shown = /^[0-9]{12}$/.test(iinBin) ? iinBin : null;
  const list = useQuery({
    queryKey: officerRepresentationKeys.naming(shown ?? ''),
    queryFn: () => fetchRepresentationsNaming(shown!),
    enabled: shown !== null,
  });
  const [draft, setDraft] = useState(blank);
  const entering = useAction(enterFromPaper, [['representation']]);
  const failure = entering.error ?? list.error;
  const enter = async () => {
    const { validTo, ...rest } = draft;
    if (await entering.run({ ...rest, ...(validTo && { validTo }) })) {
      setIinBin(draft.declarantIinBin);
      setDraft(blank);
    }
  };
  const field = (name: keyof typeof blank) => {
    const box = {
      label: t(`representation.officer.fields.${name}`),
      value: draft[name],
      onChange: (event: TextEvent) => setDraft({ ...draft, [name]: event.currentTarget.value }),
      'data-testid': `paper-representation-${name}`,
    };
    // the days are typed and shown DD.MM.YYYY, as officials write them (issue 21 point 6)
    return days.has(name) ? <DayInput {...box} /> : <TextInput {...box} />;
  };

  return (
    <Stack gap="lg" py="xl">
      <PageHeading
        title={t('representation.officer.title')}
        lead={t('representation.officer.lead')}
        testId="officer-representations-title"
      />
      {failure && (
        <RefusalAlert title={t('representation.failed')} error={failure} testId="officer-representations-error" />
      )}
      <TextInput
        label={t('representation.officer.iinBin')}
        value={iinBin}
        onChange={(event) => setIinBin(event.currentTarget.value.trim())}
        maxLength={12}
        w={240}
        data-testid="officer-representations-iin-bin"
      />
      {list.data && (
        <RowsTable<Representation>
          rows={list.data}
          minWidth={900}
          testId="officer-representations"
          row={(r) => ({ key: `${r.representativeBin}/${r.declarantIinBin}/${r.contractNumber}` })}
          columns={[
            { key: 'representative', header: t('representation.representative'), cell: (r) => r.representativeBin },
            {
              key: 'declarant',
              header: t('representation.officer.fields.declarantIinBin'),
              cell: (r) => r.declarantIinBin,
            },
            {
              key: 'contract',
              header: t('representation.contract'),
              cell: (r) => t('representation.contractOf', { number: r.contractNumber, date: r.contractDate }),
            },
            {
              key: 'period',
              header: t('representation.period'),
              cell: (r) =>
                `${printedDate(r.validFrom)} — ${r.validTo ? printedDate(r.validTo) : t('representation.openEnded')}`,
            },
            {
              key: 'confirmed',
              header: t('representation.standing'),
              cell: (r) =>
                r.paperBasis
                  ? t('representation.onPaper', { basis: r.paperBasis })
                  : r.confirmedAt
                    ? t('representation.officer.bySignature')
                    : t('representation.standings.awaiting'),
            },
          ]}
        />
      )}
      <TitledCard title={t('representation.officer.enter')} testId="paper-representation">
        {field('representativeBin')}
        {field('declarantIinBin')}
        {field('contractNumber')}
        {field('contractDate')}
        {field('validFrom')}
        {field('validTo')}
        {field('paperBasis')}
        <Group>
          <Button onClick={enter} loading={entering.pending} data-testid="paper-representation-save">
            {t('representation.officer.enterButton')}
          </Button>
        </Group>
      </TitledCard>
    </Stack>
  );
}
