import { randomInt, randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import {
  type Account,
  addWorkplaces,
  findAccount,
  hashPassword,
  insertAccount,
  insertWorkplaceLogin,
  loginTaken,
  type RequestFacts,
} from '../accounts/index.ts';
import { decidable, letterOfAnswer, mailAnswer } from './answer.ts';
import { isCustomsRepresentative, recordDecision } from './application-repository.ts';
import type { WebDeclarantContext } from './context.ts';
import { WebDeclarantErrors } from './errors.ts';
import { loginIssuedMail } from './mail-texts.ts';

export interface IssuedLogin {
  applicationId: string;
  accountId: string;
  /** one per workplace (WD-21, WD-25) */
  logins: string[];
  workplaces: number;
  /** the account existed before (its own password and log-in are untouched) */
  existingAccount: boolean;
  letterSentAt: string;
}

// No look-alike characters (0/O, 1/l/I): the password is read off a printed letter.
const passwordAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const loginAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomText(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** 16 characters from 56: about 93 bits, well past any guessing within its one use. */
export function oneTimePassword(): string {
  return randomText(passwordAlphabet, 16);
}

/**
 * The officer issues the logins (WD-20): in one transaction the applicant's account gets one
 * login per workplace requested, each with its own one-time password to change at first log-in,
 * each bound to the workplace where it is first used (WD-21, WD-22, WD-25), and as many more
 * seats; the letter is printed and e-mailed with the logins, the passwords in the attached letter
 * only; the application is marked answered, which stops its WD-26 clock.
 *
 * Which account: the taxpayer's active foreign-trade participant's account when there is one, so
 * a self-registered participant is not given a second cabinet (its own password and log-in are
 * left as they are); otherwise a new account of that type (the Web-declarant serves a person's own
 * declarations, WD-2), registered at the department that issued the logins. An account of another
 * user type is never given the logins, nor has its password or workplaces changed by them; a
 * customs representative gets no Web-declarant access.
 */
export async function issueWebDeclarantLogin(
  ctx: WebDeclarantContext,
  officer: Account,
  applicationId: string,
  facts: RequestFacts,
): Promise<IssuedLogin> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const application = await decidable(tx, officer, applicationId);
    const passwords = Array.from({ length: application.workplaces }, oneTimePassword);
    const hashes = await Promise.all(passwords.map(hashPassword));
    // Checked again here: the taxpayer may have registered as a representative since it applied.
    if (await isCustomsRepresentative(tx, application.taxpayerNumber))
      throw WebDeclarantErrors.WD_CUSTOMS_REPRESENTATIVE();
    const existing = await taxpayerAccount(tx, application.taxpayerNumber);
    const accountId = existing?.id ?? randomUUID();
    if (!existing) {
      const f = application.fields;
      await insertAccount(
        tx,
        {
          id: accountId,
          kind: 'user',
          userType: 'foreign_trade_participant',
          iinBin: f.taxpayerNumber,
          email: f.email,
          phone: f.phones[0] ?? null,
          displayName: f.applicantKind === 'legal_entity' ? f.signatoryName : f.fullName,
          organisation: f.applicantKind === 'legal_entity' ? f.fullName : null,
          postalAddress: f.actualAddress,
          status: 'active',
          workplaces: application.workplaces,
          registeringBodyCode: application.bodyCode,
        },
        now,
      );
    } else await addWorkplaces(tx, accountId, application.workplaces, now);
    const logins: { login: string; oneTimePassword: string }[] = [];
    for (const [i, passwordHash] of hashes.entries()) {
      const login = await freshLogin(tx);
      await insertWorkplaceLogin(tx, {
        id: randomUUID(),
        accountId,
        login,
        passwordHash,
        applicationId: application.id,
        issuedAt: now,
      });
      logins.push({ login, oneTimePassword: passwords[i]! });
    }
    const names = logins.map((l) => l.login);

    const letter = await letterOfAnswer(tx, ctx, officer, application, { kind: 'issued', logins }, now, facts.language);
    await recordDecision(tx, application.id, {
      status: 'issued',
      by: officer.id,
      at: now,
      accountId,
      letterPdf: letter,
    });
    await mailAnswer(
      tx,
      now,
      application,
      'web_declarant.login_issued',
      {
        ...loginIssuedMail(facts.language, names, webLink(ctx.publicUrl, webPages.login())),
        language: facts.language,
      },
      letter,
    );
    const audit = {
      outcome: 'success' as const,
      actorAccountId: officer.id,
      bodyCode: application.bodyCode,
      ip: facts.ip,
      requestId: facts.requestId,
    };
    await recordAudit(tx, now, {
      ...audit,
      action: 'web_declarant.login.issue',
      subjectType: 'web_declarant_application',
      subjectId: application.id,
      details: { accountId, logins: names, workplaces: application.workplaces, existingAccount: Boolean(existing) },
    });
    await recordAudit(tx, now, {
      ...audit,
      action: 'account.login.issue',
      subjectType: 'account',
      subjectId: accountId,
      details: { applicationId: application.id, logins: names, workplaces: application.workplaces },
    });
    return {
      applicationId: application.id,
      accountId,
      logins: names,
      workplaces: application.workplaces,
      existingAccount: Boolean(existing),
      letterSentAt: now.toISOString(),
    };
  });
}

async function taxpayerAccount(tx: Queryable, taxpayerNumber: string): Promise<Account | null> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from accounts
      where kind = 'user' and user_type = 'foreign_trade_participant' and iin_bin = $1 and status = 'active'
      order by created_at limit 1 for update`,
    [taxpayerNumber],
  );
  return rows[0] ? findAccount(tx, rows[0].id) : null;
}

/** `wd-` and eight random letters and digits: it says what it is for, and nothing about its holder. */
async function freshLogin(tx: Queryable): Promise<string> {
  for (;;) {
    const login = `wd-${randomText(loginAlphabet, 8)}`;
    if (!(await loginTaken(tx, login))) return login;
  }
}
