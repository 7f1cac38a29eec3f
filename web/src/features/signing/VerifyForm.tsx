import { Button, Card, FileInput, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { bytesToBase64, fileBytesToBase64, isBase64, normalizeBase64 } from './base64.ts';
import { SigningErrorAlert } from './SigningErrorAlert.tsx';
import { VerificationResultView } from './VerificationResultView.tsx';
import { type VerifyPurpose, type VerifyRequest, verifySignature } from './verify-api.ts';

type Mode = 'cms' | 'xml';

async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Paste or upload a CMS (with its detached content, if any) or a signed XML document, and check it. */
export function VerifyForm() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('cms');
  const [cms, setCms] = useState('');
  const [data, setData] = useState('');
  const [xml, setXml] = useState('');
  const [purpose, setPurpose] = useState<VerifyPurpose>('any');
  const [invalid, setInvalid] = useState<string>();
  const checker = useAction(verifySignature);

  function request(): VerifyRequest | string {
    if (mode === 'xml') return xml.trim() ? { xml, purpose } : t('signatures.form.empty');
    if (!cms.trim()) return t('signatures.form.empty');
    if (!isBase64(cms) || (data.trim() && !isBase64(data))) return t('signatures.form.notBase64');
    return { cms: normalizeBase64(cms), ...(data.trim() ? { data: normalizeBase64(data) } : {}), purpose };
  }

  // A pasted signature or document is shown as code, and its box grows with it up to a limit.
  const pasted = (value: string, onText: (text: string) => void, minRows: number, maxRows: number) => ({
    ...typed(value, onText),
    autosize: true,
    minRows,
    maxRows,
    styles: { input: { fontFamily: 'monospace', fontSize: 12 } },
  });
  const chooser = { placeholder: t('signatures.form.chooseFile'), clearable: true };

  async function check() {
    const body = request();
    setInvalid(typeof body === 'string' ? body : undefined);
    if (typeof body === 'string') checker.reset();
    else await checker.run(body);
  }

  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('signatures.form.title')}
          </Title>
          <Choice
            value={mode}
            onChange={setMode}
            options={{ cms: t('signatures.form.mode.cms'), xml: t('signatures.form.mode.xml') }}
            data-testid="verify-mode"
          />
          {mode === 'cms' ? (
            <>
              <Textarea
                label={t('signatures.form.cms')}
                description={t('signatures.form.cmsHint')}
                {...pasted(cms, setCms, 3, 10)}
                data-testid="verify-cms"
              />
              <FileInput
                label={t('signatures.form.cmsFile')}
                {...chooser}
                onChange={(file) => file && void fileBytes(file).then((bytes) => setCms(fileBytesToBase64(bytes)))}
                data-testid="verify-cms-file"
              />
              <Textarea
                label={t('signatures.form.data')}
                description={t('signatures.form.dataHint')}
                {...pasted(data, setData, 2, 8)}
                data-testid="verify-data"
              />
              {/* The detached content is the signed bytes themselves, so its file is always encoded. */}
              <FileInput
                label={t('signatures.form.dataFile')}
                {...chooser}
                onChange={(file) => file && void fileBytes(file).then((bytes) => setData(bytesToBase64(bytes)))}
                data-testid="verify-data-file"
              />
            </>
          ) : (
            <>
              <Textarea label={t('signatures.form.xml')} {...pasted(xml, setXml, 4, 14)} data-testid="verify-xml" />
              <FileInput
                label={t('signatures.form.xmlFile')}
                {...chooser}
                accept=".xml,text/xml,application/xml"
                onChange={(file) => file && void file.text().then(setXml)}
                data-testid="verify-xml-file"
              />
            </>
          )}
          <Select
            label={t('signatures.form.purpose')}
            value={purpose}
            onChange={(value) => setPurpose((value as VerifyPurpose | null) ?? 'any')}
            data={[
              { value: 'any', label: t('signatures.form.purposeAny') },
              { value: 'sign', label: t('signing.purpose.sign') },
              { value: 'auth', label: t('signing.purpose.auth') },
            ]}
            allowDeselect={false}
            maw={320}
            data-testid="verify-purpose"
          />
          {invalid && (
            <Text c="red" size="sm" data-testid="verify-invalid-input">
              {invalid}
            </Text>
          )}
          <Group>
            <Button onClick={() => void check()} loading={checker.pending} data-testid="verify-submit">
              {t('signatures.form.check')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {checker.error !== undefined && <SigningErrorAlert error={checker.error} />}
      {checker.value && <VerificationResultView result={checker.value} />}
    </Stack>
  );
}
