import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { loginPath, passwordChangePath } from '../../navigation.ts';
import type { AccountKind } from './me.ts';
import { useSession } from './session-context.ts';

/** The log-in page, asked to come back here afterwards. */
export function loginPathReturningTo(path: string): string {
  return `${loginPath}?next=${encodeURIComponent(path)}`;
}

/**
 * Shows its children only to a logged-in user of the given kinds: anonymous users are sent to
 * log in (and brought back), users of another kind are told they may not see the page, and a user
 * with a one-time password is held at the password change first (AST-3), as the server holds them.
 */
export function RequireSession({ kinds, children }: { kinds?: readonly AccountKind[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const { pathname, search } = useLocation();

  if (loading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('session.loading')} data-testid="session-loading" />
      </Center>
    );
  }
  if (!me) return <Navigate to={loginPathReturningTo(pathname + search)} replace />;
  if (me.mustChangePassword && pathname !== passwordChangePath) {
    return <Navigate to={`${passwordChangePath}?next=${encodeURIComponent(pathname + search)}`} replace />;
  }
  if (kinds && !kinds.includes(me.kind)) {
    return (
      <Stack py="xl">
        <Alert color="orange" title={t('session.forbidden.title')} data-testid="session-forbidden">
          {t('session.forbidden.text')}{' '}
          <Anchor component={Link} to="/">
            {t('session.forbidden.home')}
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  return children;
}

/** A page behind the guard, as a route table states it: `guarded(<QueuePage />, staff)`. */
export function guarded(page: ReactElement, kinds?: readonly AccountKind[]): ReactElement {
  return <RequireSession kinds={kinds}>{page}</RequireSession>;
}
