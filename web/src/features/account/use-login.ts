import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api.ts';
import { useAction } from '../../data/use-action.ts';
import { useSession } from '../session/session-context.ts';
import { signChallenge } from '../signing/challenge.ts';
import { useSigner } from '../signing/signer-context.ts';
import {
  accountChoicesOf,
  type AccountChoice as Choice,
  endHeldSessions,
  fetchChallenge,
  logInByPassword,
  logInBySignature,
  type Release,
  releaseOf,
} from './account-api.ts';

type Me = Awaited<ReturnType<typeof logInBySignature>>;

/**
 * The two ways in (ACC-6, AST-7) with one attempt between them, so a refusal shows once whichever
 * was tried. What the user typed or signed is kept here, by the page, so it outlives a change of tab.
 */
export function useLogin() {
  const { signedIn } = useSession();
  const { signer } = useSigner();
  const attempt = useAction((work: () => Promise<void>) => work());
  // The signature waiting for the user's choice of account: the server keeps its nonce until then.
  const [pending, setPending] = useState<{ signature: string; accounts: Choice[] } | null>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  // With the password alone the session opens the external part of the cabinet; signing too opens the internal module.
  const [withSignature, setWithSignature] = useState(false);
  // The accounts an IIN/BIN with this password opens (REG-7), when there are several.
  const [passwordChoices, setPasswordChoices] = useState<Choice[] | null>(null);

  // Every workplace held (issue 19 point 4): the proven log-in, kept to be repeated once a session is ended.
  const [held, setHeld] = useState<{ release: Release; logIn: () => Promise<Me> } | null>(null);

  const signFreshChallenge = async () => signChallenge(signer, (await fetchChallenge()).nonce);

  /** Logs in; a refusal for held workplaces keeps its release token and the same log-in to repeat. */
  async function enter(logIn: () => Promise<Me>) {
    setHeld(null);
    try {
      signedIn(await logIn());
    } catch (error) {
      const release =
        error instanceof ApiError && error.code === 'AUTH_WORKPLACE_LIMIT' ? releaseOf(error.details) : null;
      if (release) setHeld({ release, logIn });
      throw error;
    }
  }

  const workplaces = held && {
    release: held.release,
    busy: attempt.pending,
    /** Ends the chosen session (or all) and logs in with the proof already given. */
    endAndEnter: (which: { sessionId: string } | { all: true }) =>
      void attempt.run(async () => {
        await endHeldSessions(held.release.token, which);
        await enter(held.logIn);
      }),
  };

  const signature = {
    accounts: pending?.accounts,
    busy: attempt.pending,
    sign: () =>
      void attempt.run(async () => {
        setPending(null);
        const signed = await signFreshChallenge();
        try {
          await enter(() => logInBySignature(signed));
        } catch (error) {
          if (error instanceof ApiError && error.code === 'AUTH_ACCOUNT_CHOICE_REQUIRED') {
            setPending({ signature: signed, accounts: accountChoicesOf(error.details) });
            return;
          }
          throw error;
        }
      }),
    choose: (accountId: string) =>
      void attempt.run(async () => {
        if (!pending) return;
        const { signature } = pending;
        await enter(() => logInBySignature(signature, accountId));
      }),
  };

  const byPassword = {
    login,
    setLogin,
    password,
    setPassword,
    /** Sign the log-in with the account's activated certificate too (AST-1, ACC-6). */
    withSignature,
    setWithSignature,
    busy: attempt.pending,
    accounts: passwordChoices ?? undefined,
    submit: (event: FormEvent) => {
      event.preventDefault();
      void attempt.run(() => enterByPassword());
    },
    choose: (accountId: string) => void attempt.run(() => enterByPassword(accountId)),
  };

  async function enterByPassword(accountId?: string) {
    try {
      const proof = withSignature ? await signFreshChallenge() : undefined;
      const [name, secret] = [login.trim(), password];
      await enter(() => logInByPassword(name, secret, proof, accountId));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'AUTH_ACCOUNT_CHOICE_REQUIRED') {
        setPasswordChoices(accountChoicesOf(error.details));
        return;
      }
      throw error;
    }
  }

  const reset = () => {
    setHeld(null);
    attempt.reset();
  };

  return { signature, byPassword, workplaces, failure: attempt.error, reset };
}

export type SignatureLoginState = ReturnType<typeof useLogin>['signature'];
export type PasswordLoginState = ReturnType<typeof useLogin>['byPassword'];
export type HeldWorkplacesState = NonNullable<ReturnType<typeof useLogin>['workplaces']>;
