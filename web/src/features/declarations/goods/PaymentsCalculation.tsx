import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { GoodsDeclaration, GoodsItem } from '@shekara/contracts/declarations/documents';
import { type CalculationAnswer, paymentRoutes } from '@shekara/contracts/payments';
import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../../api/client.ts';
import { withCalculatedPayments } from './calculated-payments.ts';

type Document = Record<string, unknown> & { items?: GoodsItem[] };

/**
 * Boxes 47 and B filled by the payments engine (issue 16 point 2): the same calculation that is
 * held on the advance account when the declaration is registered, each line with its explanation.
 */
export function PaymentsCalculation({
  document: doc,
  setDocument,
}: {
  document: Document;
  setDocument: Dispatch<SetStateAction<Document>>;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<CalculationAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const calculate = async () => {
    setBusy(true);
    setError(null);
    try {
      const calculated = await call(paymentRoutes.goodsDeclaration, {
        body: { document: doc as unknown as GoodsDeclaration },
      });
      setAnswer(calculated);
      setDocument((current) => withCalculatedPayments(current, calculated));
    } catch (failure) {
      setAnswer(null);
      setError(failure instanceof ApiError ? failure.message : t('declarations.goods.calculation.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="payments-calculation">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5">
            {t('declarations.goods.calculation.title')}
          </Title>
          <Button size="xs" onClick={calculate} loading={busy} data-testid="payments-calculate">
            {t('declarations.goods.calculation.calculate')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('declarations.goods.calculation.hint')}
        </Text>
        {error && (
          <Alert color="red" data-testid="payments-calculation-error">
            {error}
          </Alert>
        )}
        {answer && (
          <Stack gap="xs" data-testid="payments-calculation-result">
            <Text fw={600}>{t('declarations.goods.calculation.total', { amount: answer.total })}</Text>
            <List size="sm" spacing={4}>
              {answer.lines.map((line, index) => (
                <List.Item key={`${line.item}-${line.paymentType}-${index}`}>
                  <Text size="sm" fw={500} span>
                    {line.item === null
                      ? t('declarations.goods.calculation.declarationLine', {
                          type: line.paymentType,
                          amount: line.amount,
                        })
                      : t('declarations.goods.calculation.itemLine', {
                          item: line.item,
                          type: line.paymentType,
                          amount: line.amount,
                        })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {line.explanation}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
