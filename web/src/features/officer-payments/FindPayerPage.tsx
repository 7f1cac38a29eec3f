import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { parseIinBin } from '@shekara/contracts/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { typed } from '../../components/text-binding.ts';
import { payerAccountPath } from './paths.ts';

/** Where an officer finds a payer's personal advance account by its IIN/BIN (ACC-14). */
export function FindPayerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [payer, setPayer] = useState('');
  const [problem, setProblem] = useState(false);

  function open(event: FormEvent) {
    event.preventDefault();
    const number = payer.replace(/\s/g, '');
    if (!parseIinBin(number).valid) return setProblem(true);
    setProblem(false);
    void navigate(payerAccountPath(number));
  }

  return (
    <Page
      title={t('officerPayments.find.title')}
      lead={t('officerPayments.find.lead')}
      testId="officer-payments-find"
      maw={720}
    >
      <Card withBorder>
        <form onSubmit={open}>
          <Stack gap="sm">
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('officerPayments.find.payer')}
                description={t('officerPayments.find.payerHint')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                error={problem ? t('officerPayments.find.invalid') : undefined}
                {...typed(payer, setPayer)}
                data-testid="payer-iin-bin"
                style={{ flex: '1 1 220px' }}
              />
              <Button type="submit" data-testid="payer-open">
                {t('officerPayments.find.open')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('officerPayments.find.recorded')}
            </Text>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
