import { Alert, Card, Select, Stack, Text } from '@mantine/core';
import { type DataReadReason, dataReadReasonLabels, dataReadReasons } from '@shekara/contracts/accounts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { asReadReason, useReadReason } from './read-reason.ts';

/** The choice of why the officer reads the data on this page; the server records it and the person sees it. */
export function ReadReasonPicker() {
  const { t } = useTranslation();
  const [reason, choose] = useReadReason();
  const language = currentLanguage();
  return (
    <Select
      label={t('readReason.label')}
      description={t('readReason.description')}
      placeholder={t('readReason.placeholder')}
      data={dataReadReasons.map((value) => ({ value, label: dataReadReasonLabels[value][language] }))}
      value={reason}
      onChange={(value) => choose(asReadReason(value))}
      allowDeselect={false}
      required
      maw={420}
      data-testid="read-reason"
    />
  );
}

/**
 * A page that reads another person's data: the choice of reason above it, and the page itself
 * only once a reason is chosen — nothing is asked of the server before.
 */
export function ReadReasonGate({ children }: { children: (reason: DataReadReason) => ReactNode }) {
  const { t } = useTranslation();
  const [reason] = useReadReason();
  return (
    <Stack gap="md" pt="md">
      <Card withBorder padding="sm">
        <ReadReasonPicker />
      </Card>
      {reason ? (
        children(reason)
      ) : (
        <Alert color="blue" title={t('readReason.needed')} data-testid="read-reason-needed">
          <Text size="sm">{t('readReason.neededLead')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
