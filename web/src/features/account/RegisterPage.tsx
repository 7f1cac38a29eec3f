import { Button, Card, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { SmallLink } from '../../components/SmallLink.tsx';
import { useAction } from '../../data/use-action.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { loginPath } from '../../navigation.ts';
import { textToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { useSigner } from '../signing/signer-context.ts';
import { fetchChallenge, type Registered, register } from './account-api.ts';
import { ConsentBox } from './ConsentBox.tsx';
import { EmailStep } from './EmailStep.tsx';
import { EntryHeading } from './EntryHeading.tsx';
import { IinBinStep } from './IinBinStep.tsx';
import { MethodStep } from './MethodStep.tsx';
import { PasswordStep } from './PasswordStep.tsx';
import { weakPasswordHint } from './password-problems.ts';
import { RegistrationResult } from './RegistrationResult.tsx';
import { RegistrationSummary } from './RegistrationSummary.tsx';
import {
  consentOf,
  emptyDraft,
  fieldsOf,
  type RegistrationDraft,
  registrationSteps,
  stepOfServerCode,
  stepProblem,
} from './registration-draft.ts';
import { signedRegistrationJson } from './signed-registration.ts';
import { UserTypeStep } from './UserTypeStep.tsx';

/**
 * Self-registration step by step as REG-5..REG-11 lay it out: user type, IIN/BIN, password,
 * e-mail, the choice of signature or issued credentials, then the signature over exactly what was
 * entered; the answer says to confirm by e-mail, or where the request for a login went.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [draft, setDraft] = useState<RegistrationDraft>(emptyDraft);
  const [active, setActive] = useState(0);
  // A step's problem is shown once the user tried to leave it, not while they are still typing.
  const [tried, setTried] = useState(false);
  const sending = useAction(async () => {
    try {
      const fields = fieldsOf(draft);
      const { nonce } = await fetchChallenge();
      const signature = await signer.signCms({
        data: textToBytes(signedRegistrationJson(nonce, fields)),
        detached: false,
        purpose: 'auth',
      });
      return await register({
        ...fields,
        password: draft.password,
        authMethod: draft.authMethod,
        signature,
        consent: consentOf(draft, currentLanguage()),
      });
    } catch (error) {
      // The step the server's refusal is about is shown again, with the refusal under its fields.
      if (error instanceof ApiError) setActive(registrationSteps.indexOf(stepOfServerCode(error.code)));
      throw error;
    }
  });
  const failure = sending.error;
  const busy = sending.pending;
  const [result, setResult] = useState<Registered | null>(null);

  const step = registrationSteps[active]!;
  const problem = stepProblem(step, draft);
  const shownProblem = tried && problem ? t(`account.register.problems.${problem}`) : null;
  // The server's word on the fields of this step (weak password, invalid e-mail…) until they change.
  const hint = failure instanceof ApiError ? weakPasswordHint(failure) : null;
  const serverProblem =
    failure instanceof ApiError && stepOfServerCode(failure.code) === step && step !== 'sign'
      ? hint
        ? `${failure.message} ${t(hint)}`
        : failure.message
      : null;

  const change = (patch: Partial<RegistrationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (failure instanceof ApiError && step !== 'sign') sending.reset();
  };

  const next = () => {
    if (problem) {
      setTried(true);
      return;
    }
    setTried(false);
    sending.reset();
    setActive((index) => Math.min(index + 1, registrationSteps.length - 1));
  };
  const back = () => {
    setTried(false);
    setActive((index) => Math.max(index - 1, 0));
  };

  async function signAndSend() {
    if (problem) {
      setTried(true);
      return;
    }
    const registered = await sending.run();
    if (registered) setResult(registered);
  }

  if (result) {
    return (
      <Stack gap="lg" py="xl" maw={760}>
        <Title order={1} data-testid="register-title">
          {t('account.register.title')}
        </Title>
        <RegistrationResult result={result} email={draft.email.trim()} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" py="xl" maw={860}>
      <EntryHeading page="register" />

      <RegisterProgress active={active} onStepClick={(index) => index < active && setActive(index)} />

      <RegisterStep
        draft={draft}
        step={step}
        onChange={change}
        tried={tried}
        shownProblem={shownProblem}
        serverProblem={serverProblem}
        failure={failure}
      />

      <Group justify="space-between">
        <Button variant="default" onClick={back} disabled={active === 0 || busy} data-testid="register-back">
          {t('account.register.back')}
        </Button>
        {step === 'sign' ? (
          <Button onClick={() => void signAndSend()} loading={busy} data-testid="register-submit">
            {t('account.register.sign.submit')}
          </Button>
        ) : (
          <Button onClick={next} data-testid="register-next">
            {t('account.register.next')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Where the user is among the steps: the stepper on a wide screen, "step 3 of 6" on a phone. */
function RegisterProgress({ active, onStepClick }: { active: number; onStepClick: (index: number) => void }) {
  const { t } = useTranslation();
  const step = registrationSteps[active]!;
  return (
    <>
      <Stepper active={active} size="xs" visibleFrom="sm" allowNextStepsSelect={false} onStepClick={onStepClick}>
        {registrationSteps.map((name) => (
          <Stepper.Step key={name} label={t(`account.register.steps.${name}`)} />
        ))}
      </Stepper>
      <Stack gap={4} hiddenFrom="sm">
        <Text size="sm" fw={600}>
          {t('account.register.stepOf', {
            step: active + 1,
            total: registrationSteps.length,
            name: t(`account.register.steps.${step}`),
          })}
        </Text>
        <Progress value={((active + 1) / registrationSteps.length) * 100} size="sm" />
      </Stack>
    </>
  );
}

interface RegisterStepProps {
  draft: RegistrationDraft;
  step: (typeof registrationSteps)[number];
  onChange: (patch: Partial<RegistrationDraft>) => void;
  tried: boolean;
  shownProblem: string | null;
  serverProblem: string | null;
  failure: unknown;
}

/** The current step's fields, with what is wrong in them: the page's own check, or the server's refusal. */
function RegisterStep({
  draft,
  step,
  onChange: change,
  tried,
  shownProblem,
  serverProblem,
  failure,
}: RegisterStepProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="register-step" data-step={step}>
      <Stack gap="md">
        {step === 'userType' && <UserTypeStep value={draft.userType} onChange={(userType) => change({ userType })} />}
        {step === 'iinBin' && (
          <IinBinStep value={draft.iinBin} onChange={(iinBin) => change({ iinBin })} showIncomplete={tried} />
        )}
        {step === 'password' && (
          <PasswordStep
            password={draft.password}
            passwordAgain={draft.passwordAgain}
            onChange={change}
            error={serverProblem ?? shownProblem}
          />
        )}
        {step === 'email' && (
          <EmailStep
            value={draft.email}
            onChange={(email) => change({ email })}
            error={serverProblem ?? shownProblem}
          />
        )}
        {step === 'method' && <MethodStep draft={draft} onChange={change} />}
        {step === 'sign' && (
          <Stack gap="md">
            <Text size="sm">{t('account.register.sign.lead')}</Text>
            <RegistrationSummary draft={draft} />
            <ConsentBox checked={draft.consent} onChange={(consent) => change({ consent })} />
            <SignerPanel />
          </Stack>
        )}
        {step !== 'password' && step !== 'email' && step !== 'iinBin' && shownProblem && (
          <Text c="red" size="sm" data-testid="register-problem">
            {shownProblem}
          </Text>
        )}
        {step === 'iinBin' && serverProblem && (
          <Text c="red" size="sm">
            {serverProblem}
          </Text>
        )}
        {step === 'sign' && failure !== undefined && <SigningErrorAlert error={failure} />}
        {step === 'sign' && failure instanceof ApiError && failure.code === 'REG_ALREADY_REGISTERED' && (
          <SmallLink to={loginPath}>{t('account.register.sign.toLogin')}</SmallLink>
        )}
      </Stack>
    </Card>
  );
}
