import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { acceptanceCodes } from '@shekara/contracts/declarations/documents';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { useAction } from '../../data/use-action.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import { ControlList } from './ControlList.tsx';
import { type Declaration, fetchSigningPayload, submitDeclaration } from './declarations-api.ts';
import { type LocalizedReport, messagesOfReport } from './findings.ts';
import { LoadedDeclaration } from './LoadedDeclaration.tsx';
import { editorPath, receiptPath } from './paths.ts';
import { useDeclarationToEdit, useOfficesAccepting } from './queries.ts';
import { declarationKeys } from './query-keys.ts';
import { keepReceipt } from './receipt-store.ts';
import { SigningPayloadCard, SigningPayloadFailed } from './SigningPayloadCard.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { readSigningPayload } from './signing-payload.ts';
import { answerMayHaveBeenLost, attemptToRetry, newIdempotencyKey, type SubmitAttempt } from './submit-attempt.ts';
import { useBrowserControl } from './use-browser-control.ts';

/** Sign and submit (issue 6 point 5, WD-10..WD-13): the customs office, the signature by the signing key, the receipt. */
export function SubmitPage() {
  const { id = '' } = useParams();
  return (
    <LoadedDeclaration query={useDeclarationToEdit(id)}>
      {(declaration) => <Submission declaration={declaration} />}
    </LoadedDeclaration>
  );
}

function isReport(value: unknown): value is LocalizedReport {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as LocalizedReport).errors) &&
    Array.isArray((value as LocalizedReport).warnings)
  );
}

function Submission({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signer } = useSigner();
  const client = useQueryClient();
  const accepting = useOfficesAccepting(acceptanceCodes[declaration.kind]);
  const offices = accepting.status === 'pending' ? null : (accepting.data ?? []);
  const [office, setOffice] = useState<string | null>(declaration.customsOffice);
  const attempt = useRef<SubmitAttempt | null>(null);
  const [retrying, setRetrying] = useState(false);
  const control = useBrowserControl(declaration.kind, declaration.document, office ?? undefined);
  const submittable =
    declaration.mayEdit &&
    (declaration.allowedActions.includes('submit') || declaration.allowedActions.includes('resubmit'));
  const language = currentLanguage();

  const errors = control.state === 'ready' ? control.messages.filter((m) => m.severity === 'error').length : 0;
  // What is shown below is read from these bytes, and these bytes are what gets signed (issue 19 point 3).
  const payload = useQuery({
    queryKey: ['signing-payload', declaration.id, declaration.revision],
    queryFn: async () => readSigningPayload(await fetchSigningPayload(declaration.id)),
    enabled: submittable,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

  const submitting = useAction(async (chosen: string) => {
    try {
      let current = attemptToRetry(attempt.current, chosen);
      if (!current) {
        if (!payload.data) throw new Error('the document to sign is not read yet');
        const signature = await signer.signCms({ data: payload.data.bytes, detached: true, purpose: 'sign' });
        current = { idempotencyKey: newIdempotencyKey(), customsOffice: chosen, signature };
      }
      attempt.current = current;
      const answer = await submitDeclaration(
        declaration.id,
        { customsOffice: current.customsOffice, signature: current.signature },
        current.idempotencyKey,
      );
      attempt.current = null;
      return answer;
    } catch (error) {
      if (!answerMayHaveBeenLost(error) || isSigningError(error)) attempt.current = null;
      setRetrying(attempt.current !== null);
      throw error;
    }
  });
  const busy = submitting.pending;
  const failure: unknown = submitting.error ?? accepting.error ?? undefined;

  const signAndSubmit = async () => {
    if (!office) return;
    const answer = await submitting.run(office);
    if (!answer) return;
    keepReceipt(declaration.id, answer.receipt);
    void client.invalidateQueries({ queryKey: declarationKeys.all });
    navigate(receiptPath(declaration.id), { state: { receipt: answer.receipt } });
  };

  const serverReport =
    failure instanceof ApiError && failure.code === 'DECL_CONTROL_FAILED' && isReport(failure.details)
      ? messagesOfReport(failure.details)
      : null;

  return (
    <Stack gap="lg" py="xl" maw={900} data-testid="submit-page">
      <SubmitHeading declaration={declaration} />
      {!submittable && <Alert color="gray">{t('declarations.submit.notSubmittable')}</Alert>}
      <Card withBorder padding="lg">
        <Select
          label={t('declarations.submit.office')}
          description={t('declarations.submit.officeHint')}
          data={(offices ?? []).map((o) => ({ value: o.code, label: `${o.code} — ${o.name[language]}` }))}
          value={office}
          onChange={setOffice}
          searchable
          disabled={offices === null || busy}
          data-testid="submit-office"
        />
      </Card>
      {/* the server's own report, when it refused on control, is the one that counts: the browser's is not shown beside it */}
      {!serverReport && (
        <ControlList
          control={control}
          onJump={() => navigate(editorPath(declaration.id))}
          beside={failure !== undefined ? 'refusal' : undefined}
        />
      )}
      {payload.data && <SigningPayloadCard payload={payload.data} />}
      {payload.isError && <SigningPayloadFailed />}
      <SignerPanel />
      {failure !== undefined &&
        (isSigningError(failure) ? (
          <SigningErrorAlert error={failure} />
        ) : (
          <ServerRefusalAlert
            title={retrying ? t('declarations.submit.lost') : t('declarations.submit.refused')}
            error={failure}
          />
        ))}
      {serverReport && <ServerControlReport messages={serverReport} />}
      <Group>
        <Button
          onClick={() => void signAndSubmit()}
          loading={busy}
          disabled={!submittable || !office || errors > 0 || control.state === 'loading' || !payload.data}
          data-testid="submit-sign"
        >
          {retrying ? t('declarations.submit.retry') : t('declarations.submit.signAndSubmit')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('declarations.submit.signHint')}
        </Text>
      </Group>
    </Stack>
  );
}

function SubmitHeading({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <SmallLink to={editorPath(declaration.id)}>{t('declarations.submit.back')}</SmallLink>
      <Title order={1}>{t('declarations.submit.title')}</Title>
      <Group gap="xs">
        <Text>{t(`declarations.kinds.${declaration.kind}`)}</Text>
        <StatusBadge status={declaration.status} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('declarations.submit.lead')}
      </Text>
    </Stack>
  );
}

/** The server's own format-logical control refused what the browser's let through. */
function ServerControlReport({ messages }: { messages: NonNullable<ReturnType<typeof messagesOfReport>> }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('declarations.submit.serverControl')} data-testid="server-control">
      <Stack gap={2}>
        {messages.map((message, index) => (
          <Text key={index} size="sm" data-rule={message.rule} data-path={message.path}>
            {message.text}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
