import { Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice.tsx';
import { LongText } from '../../components/LongText.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { bytesToBase64, textToBytes } from './base64.ts';
import { sampleXml } from './format.ts';
import { SigningErrorAlert } from './SigningErrorAlert.tsx';
import type { SignPurpose } from './signer.ts';
import { useSigner } from './signer-context.ts';
import { VerificationResultView } from './VerificationResultView.tsx';
import { type VerificationResult, verifySignature } from './verify-api.ts';

type SampleFormat = 'attached' | 'detached' | 'xml';

/** Signs a typed text with the current signer and checks the signature at once: a self-test of the chain. */
export function SignAndVerify() {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [text, setText] = useState(() => t('signing.sample.defaultText'));
  const [format, setFormat] = useState<SampleFormat>('attached');
  const [purpose, setPurpose] = useState<SignPurpose>('sign');
  const [signature, setSignature] = useState<string>();
  const checker = useAction(async (): Promise<VerificationResult> => {
    if (format === 'xml') {
      const xml = await signer.signXml({ xml: sampleXml(text), purpose });
      setSignature(xml);
      return verifySignature({ xml, purpose });
    }
    const data = textToBytes(text);
    const cms = await signer.signCms({ data, detached: format === 'detached', purpose });
    setSignature(cms);
    return verifySignature({ cms, ...(format === 'detached' ? { data: bytesToBase64(data) } : {}), purpose });
  });
  const signAndCheck = () => {
    setSignature(undefined);
    void checker.run();
  };

  return (
    <Stack gap="sm" data-testid="sample-block">
      <Title order={2} size="h4">
        {t('signing.sample.title')}
      </Title>
      <LongText label={t('signing.sample.text')} {...typed(text, setText)} maxRows={8} data-testid="sample-text" />
      <Group gap="md">
        <Choice
          value={format}
          onChange={setFormat}
          options={{
            attached: t('signing.sample.format.attached'),
            detached: t('signing.sample.format.detached'),
            xml: t('signing.sample.format.xml'),
          }}
          data-testid="sample-format"
        />
        <Choice
          value={purpose}
          onChange={setPurpose}
          options={{ sign: t('signing.purpose.sign'), auth: t('signing.purpose.auth') }}
          data-testid="sample-purpose"
        />
      </Group>
      <Group>
        <Button
          onClick={signAndCheck}
          loading={checker.pending}
          disabled={text.trim() === ''}
          data-testid="sample-sign"
        >
          {t('signing.sample.signAndCheck')}
        </Button>
      </Group>
      {checker.error !== undefined && <SigningErrorAlert error={checker.error} />}
      {signature && (
        <LongText
          label={t('signing.sample.signature')}
          value={signature}
          readOnly
          maxRows={6}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          data-testid="sample-signature"
        />
      )}
      {checker.value && <VerificationResultView result={checker.value} />}
    </Stack>
  );
}
