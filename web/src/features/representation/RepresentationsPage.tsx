import { Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { representationConfirmationPayload } from '@shekara/contracts/declarations/representation';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RowsTable } from '../../components/RowsTable.tsx';
import { RefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { printedDate } from '../../dates.ts';
import { useSigner } from '../signing/signer-context.ts';
import {
  confirmRepresentation,
  endRepresentation,
  fetchRepresentationsOfMe,
  type Representation,
  representationKeys,
} from './representation-api.ts';

type Standing = 'inForce' | 'awaiting' | 'ended' | 'notYet';

function standingOf(r: Representation): Standing {
  if (r.inForce) return 'inForce';
  if (r.endedBy !== null || (r.validTo !== null && r.confirmedAt !== null)) return 'ended';
  return r.confirmedAt === null ? 'awaiting' : 'notYet';
}

const badgeColour: Record<Standing, string> = { inForce: 'green', awaiting: 'yellow', ended: 'gray', notYet: 'blue' };

/**
 * Every representation naming the user as declarant (issue 17 point 7, ACC-9): who may act for it,
 * under which contract, whether it confirmed it (with its signature, or on paper at the body),
 * and the means to confirm one with its signature or end any, without asking the representative.
 */
export function RepresentationsPage() {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const list = useQuery({ queryKey: representationKeys.ofMe, queryFn: fetchRepresentationsOfMe });
  const confirming = useAction(
    async (r: Representation) => {
      const signature = await signer.signCms({
        data: representationConfirmationPayload(r),
        detached: false,
        purpose: 'sign',
      });
      return confirmRepresentation(r, signature);
    },
    [representationKeys.ofMe],
  );
  const ending = useAction(endRepresentation, [representationKeys.ofMe]);
  const failure = confirming.error ?? ending.error ?? list.error;

  return (
    <Stack gap="lg" py="xl">
      <PageHeading title={t('representation.title')} lead={t('representation.about')} testId="representations-title" />
      {failure && <RefusalAlert title={t('representation.failed')} error={failure} testId="representations-error" />}
      {list.isPending && <Loader size="sm" />}
      {list.data?.length === 0 && <Text data-testid="representations-none">{t('representation.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <RowsTable
          rows={list.data}
          minWidth={900}
          testId="representations"
          row={(r) => ({ key: `${r.representativeBin}/${r.contractNumber}`, 'data-contract': r.contractNumber })}
          columns={[
            { key: 'representative', header: t('representation.representative'), cell: (r) => r.representativeBin },
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
              key: 'standing',
              header: t('representation.standing'),
              cell: (r) => (
                <Stack gap={2}>
                  <Badge color={badgeColour[standingOf(r)]} variant="light">
                    {t(`representation.standings.${standingOf(r)}`)}
                  </Badge>
                  {r.paperBasis && <Text size="xs">{t('representation.onPaper', { basis: r.paperBasis })}</Text>}
                </Stack>
              ),
            },
            {
              key: 'actions',
              header: '',
              cell: (r) => (
                <Group gap="xs" wrap="nowrap">
                  {standingOf(r) === 'awaiting' && (
                    <Button
                      size="xs"
                      loading={confirming.pending && confirming.args?.[0] === r}
                      onClick={() => confirming.run(r)}
                      data-testid="representation-confirm"
                    >
                      {t('representation.confirm')}
                    </Button>
                  )}
                  {standingOf(r) !== 'ended' && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      loading={ending.pending && ending.args?.[0] === r}
                      onClick={() => ending.run(r)}
                      data-testid="representation-end"
                    >
                      {t('representation.end')}
                    </Button>
                  )}
                </Group>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
