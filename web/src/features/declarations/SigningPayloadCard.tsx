import { Alert, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DocumentLinesView } from '../officer-declarations/DocumentLinesView.tsx';
import { GoodsDocumentView } from '../officer-declarations/GoodsDocumentView.tsx';
import { isGoodsDocument } from '../officer-declarations/goods-boxes.ts';
import type { SigningPayload } from './signing-payload.ts';

/**
 * The document as it will be signed (issue 19 point 3): read back from the very bytes the server
 * gave to sign, shown by its boxes as the officer will see it, with the bytes' SHA-256 — the hash
 * the receipt will carry. What is shown and what is signed cannot differ: both are these bytes.
 */
export function SigningPayloadCard({ payload }: { payload: SigningPayload }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="submit-payload" data-kind={payload.kind}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('declarations.submit.payload.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('declarations.submit.payload.lead')}
        </Text>
        <Text size="sm">
          {t('declarations.submit.payload.hash')}{' '}
          <Code data-testid="submit-payload-hash" style={{ wordBreak: 'break-all' }}>
            {payload.sha256 ?? '—'}
          </Code>
        </Text>
        {payload.kind === 'goods' && isGoodsDocument(payload.document) ? (
          <GoodsDocumentView document={payload.document} />
        ) : (
          <DocumentLinesView document={payload.document} />
        )}
      </Stack>
    </Card>
  );
}

/** The payload could not be had or read: nothing is signed unseen. */
export function SigningPayloadFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" data-testid="submit-payload-failed">
      {t('declarations.submit.payload.failed')}
    </Alert>
  );
}
