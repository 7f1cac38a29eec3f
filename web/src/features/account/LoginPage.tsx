import { Center, Loader, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { featureRoutes } from '../../feature-routes.ts';
import { homePathOf, safeNext } from '../session/areas.ts';
import { useSession } from '../session/session-context.ts';
import { EntryHeading } from './EntryHeading.tsx';
import { HeldSessions } from './HeldSessions.tsx';
import { LoginProblem } from './LoginProblem.tsx';
import { PasswordLoginForm } from './PasswordLoginForm.tsx';
import { SignatureLogin } from './SignatureLogin.tsx';
import { useLogin } from './use-login.ts';

type Method = 'signature' | 'password';

/**
 * Log-in (ACC-6, AST-7): with the signature's authentication key over a fresh challenge, or with
 * a login and password issued by a territorial body (and the activated certificate when the
 * account has one, AST-1). Afterwards the user goes where they were headed, or to their area.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const [params] = useSearchParams();
  const [method, setMethod] = useState<Method>('signature');
  const { signature, byPassword, workplaces, failure, reset } = useLogin();

  if (loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  // Logged in (now, or already): on to the page asked for, else the user's own area.
  if (me) return <Navigate to={safeNext(params.get('next')) ?? homePathOf(me.kind, featureRoutes)} replace />;

  return (
    <Stack gap="lg" py="xl" maw={640}>
      <EntryHeading page="login" />
      <Tabs
        value={method}
        keepMounted={false}
        onChange={(value) => {
          setMethod((value as Method | null) ?? 'signature');
          reset();
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
          <SignatureLogin login={signature} />
        </Tabs.Panel>
        <Tabs.Panel value="password" pt="md">
          <PasswordLoginForm form={byPassword} />
        </Tabs.Panel>
      </Tabs>
      {failure !== undefined && <LoginProblem error={failure} />}
      {workplaces && <HeldSessions key={workplaces.release.token} workplaces={workplaces} />}
    </Stack>
  );
}
