import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { submissionRoutes } from '@shekara/contracts/declarations/submission';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client.ts';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { Fact } from './DeclarationPage.tsx';
import { declarationKeys } from './query-keys.ts';

const paymentKey = (id: string) => [...declarationKeys.one(id), 'payment'] as const;

/**
 * What a registered goods or passenger declaration owes and what is held for it on the advance
 * account (issue 16 point 3, issue 17 point 2, ACC-14): the amount assessed at registration by
 * payment type, and, when nothing is held yet, paying it now from the organisation's or the
 * traveller's advance account — a green declaration is then released at once, and what was held
 * is taken for the budget.
 */
export function PaymentCard({ declarationId }: { declarationId: string }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  const status = useQuery({
    queryKey: paymentKey(declarationId),
    queryFn: () => call(submissionRoutes.payment, { params: { id: declarationId } }),
  });
  const pay = useAction(
    () => call(submissionRoutes.pay, { params: { id: declarationId } }),
    [declarationKeys.one(declarationId)],
  );
  const payment = status.data;
  if (!payment?.assessed) return null;
  return (
    <Card withBorder padding="md" data-testid="declaration-payment" data-payable={payment.payable}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('declarations.payment.title')}
        </Title>
        {payment.failure ? (
          <Alert color="yellow" data-testid="declaration-payment-failure">
            {t('declarations.payment.notAssessed', { reason: payment.failure.message })}
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Fact
              label={t('declarations.payment.owed')}
              value={t('declarations.payment.tenge', { amount: payment.owed })}
              testId="declaration-payment-owed"
            />
            <Fact
              label={t('declarations.payment.held')}
              value={t('declarations.payment.tenge', { amount: payment.held })}
              testId="declaration-payment-held"
            />
            {payment.collected !== '0.00' && (
              <Fact
                label={t('declarations.payment.collected')}
                value={t('declarations.payment.tenge', { amount: payment.collected })}
                testId="declaration-payment-collected"
              />
            )}
            <Fact
              label={t('declarations.payment.byType')}
              value={Object.entries(payment.totals)
                .map(([type, amount]) => `${type}: ${amountOf(amount)}`)
                .join('; ')}
            />
          </SimpleGrid>
        )}
        {payment.payable && (
          <Group>
            <Text size="sm">{t('declarations.payment.notHeld')}</Text>
            <Button
              onClick={async () => {
                if (await pay.run()) await status.refetch();
              }}
              loading={pay.pending}
              data-testid="declaration-pay"
            >
              {t('declarations.payment.pay')}
            </Button>
            <Button component={Link} to="/cabinet/advance-account" variant="subtle">
              {t('declarations.payment.account')}
            </Button>
          </Group>
        )}
        {pay.error !== undefined && <ServerRefusalAlert title={t('declarations.payment.refused')} error={pay.error} />}
      </Stack>
    </Card>
  );
}
