import { Anchor, Button, Center, Loader, PasswordInput, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { useAction } from '../../data/use-action.ts';
import { featureRoutes } from '../../feature-routes.ts';
import { registerPath } from '../../navigation.ts';
import { homePathOf, safeNext } from '../session/areas.ts';
import { useSession } from '../session/session-context.ts';
import { signChallenge } from '../signing/challenge.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { useSigner } from '../signing/signer-context.ts';
import { AccountChoice } from './AccountChoice.tsx';
import {
  accountChoicesOf,
  type AccountChoice as Choice,
  fetchChallenge,
  logInByPassword,
  logInBySignature,
} from './account-api.ts';
import { LoginProblem } from './LoginProblem.tsx';

type Method = 'signature' | 'password';

/**
 * Log-in (ACC-6, AST-7): with the signature's authentication key over a fresh challenge, or with
 * a login and password issued by a territorial body (and the activated certificate when the
 * account has one, AST-1). Afterwards the user goes where they were headed, or to their area.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, loading, signedIn } = useSession();
  const { signer } = useSigner();
  const [params] = useSearchParams();
  const [method, setMethod] = useState<Method>('signature');
  const attempt = useAction((work: () => Promise<void>) => work());
  const busy = attempt.pending;
  const failure = attempt.error;
  // The signature waiting for the user's choice of account: the server keeps its nonce until then.
  const [pending, setPending] = useState<{ signature: string; accounts: Choice[] } | null>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [certificateNeeded, setCertificateNeeded] = useState(false);

  if (loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  // Logged in (now, or already): on to the page asked for, else the user's own area.
  if (me) return <Navigate to={safeNext(params.get('next')) ?? homePathOf(me.kind, featureRoutes)} replace />;

  const signFreshChallenge = async () => signChallenge(signer, (await fetchChallenge()).nonce);

  const bySignature = () =>
    attempt.run(async () => {
      setPending(null);
      const signature = await signFreshChallenge();
      try {
        signedIn(await logInBySignature(signature));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'AUTH_ACCOUNT_CHOICE_REQUIRED') {
          setPending({ signature, accounts: accountChoicesOf(error.details) });
          return;
        }
        throw error;
      }
    });

  const asAccount = (accountId: string) =>
    attempt.run(async () => {
      if (!pending) return;
      signedIn(await logInBySignature(pending.signature, accountId));
    });

  const byPassword = (event: FormEvent) => {
    event.preventDefault();
    void attempt.run(async () => {
      try {
        signedIn(
          await logInByPassword(login.trim(), password, certificateNeeded ? await signFreshChallenge() : undefined),
        );
      } catch (error) {
        if (error instanceof ApiError && error.code === 'AUTH_CERTIFICATE_REQUIRED') {
          setCertificateNeeded(true);
          return;
        }
        throw error;
      }
    });
  };

  return (
    <Stack gap="lg" py="xl" maw={640}>
      <LoginHeading />
      <Tabs
        value={method}
        keepMounted={false}
        onChange={(value) => {
          setMethod((value as Method | null) ?? 'signature');
          attempt.reset();
        }}
      >
        <Tabs.List grow>
          <Tabs.Tab value="signature" data-testid="login-tab-signature">
            {t('account.login.bySignature')}
          </Tabs.Tab>
          <Tabs.Tab value="password" data-testid="login-tab-password">
            {t('account.login.byPassword')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="signature" pt="md">
          <SignatureLogin
            accounts={pending?.accounts}
            busy={busy}
            onSign={() => void bySignature()}
            onChoose={(id) => void asAccount(id)}
          />
        </Tabs.Panel>

        <Tabs.Panel value="password" pt="md">
          <PasswordForm
            login={login}
            onLogin={setLogin}
            password={password}
            onPassword={setPassword}
            certificateNeeded={certificateNeeded}
            busy={busy}
            onSubmit={byPassword}
          />
        </Tabs.Panel>
      </Tabs>
      {failure !== undefined && <LoginProblem error={failure} />}
    </Stack>
  );
}

function LoginHeading() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={1} data-testid="login-title">
        {t('account.login.title')}
      </Title>
      <Text>
        {t('account.login.lead')}{' '}
        <Anchor component={Link} to={registerPath} data-testid="login-register">
          {t('account.login.register')}
        </Anchor>
      </Text>
    </Stack>
  );
}

interface PasswordFormProps {
  login: string;
  onLogin: (login: string) => void;
  password: string;
  onPassword: (password: string) => void;
  /** The account has an activated certificate (AST-1): the password alone does not let the user in. */
  certificateNeeded: boolean;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
}

/** A login and password issued by a territorial body. */
function PasswordForm({ login, onLogin, password, onPassword, certificateNeeded, busy, onSubmit }: PasswordFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="md">
        <Text size="sm">{t('account.login.passwordLead')}</Text>
        <TextInput
          label={t('account.login.login')}
          value={login}
          onChange={(e) => onLogin(e.currentTarget.value)}
          autoComplete="username"
          maxLength={64}
          required
          data-testid="login-login"
        />
        <PasswordInput
          label={t('account.login.password')}
          value={password}
          onChange={(e) => onPassword(e.currentTarget.value)}
          autoComplete="current-password"
          maxLength={1024}
          required
          data-testid="login-password"
        />
        {certificateNeeded && (
          <Stack gap="sm" data-testid="login-certificate-needed">
            <Text size="sm">{t('account.login.certificateNeeded')}</Text>
            <SignerPanel />
          </Stack>
        )}
        <Button type="submit" loading={busy} data-testid="login-password-submit">
          {certificateNeeded ? t('account.login.signAndEnter') : t('account.login.enter')}
        </Button>
      </Stack>
    </form>
  );
}

interface SignatureLoginProps {
  /** The accounts the signature may enter, once the server asked which (one IIN/BIN, several accounts). */
  accounts?: Choice[];
  busy: boolean;
  onSign: () => void;
  onChoose: (accountId: string) => void;
}

/** The signature's authentication key over a fresh challenge (ACC-6). */
function SignatureLogin({ accounts, busy, onSign, onChoose }: SignatureLoginProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('account.login.signatureLead')}</Text>
      <SignerPanel />
      {accounts ? (
        <AccountChoice accounts={accounts} onChoose={onChoose} busy={busy} />
      ) : (
        <Button onClick={onSign} loading={busy} data-testid="login-signature">
          {t('account.login.signAndEnter')}
        </Button>
      )}
    </Stack>
  );
}
