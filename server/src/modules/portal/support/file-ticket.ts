import { randomUUID } from 'node:crypto';
import type { TicketInput } from '@shekara/contracts/portal/support';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { enqueueMail } from '../../../platform/mail/mail.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { PortalContext } from '../context.ts';
import { confirmationMail, supportMail } from './mail-texts.ts';
import { ticketNumber } from './ticket-number.ts';
import { insertTicket, nextTicketSerial } from './ticket-repository.ts';

/**
 * Files a request to the support service (REG-13, ACC-11, WD-32): numbered within the Almaty
 * year, stored, and e-mailed — to the support address and, from the cabinet, to the account's own
 * address — in the same transaction, so a ticket exists exactly when its messages are on their way.
 * Nothing is sent to an address typed into the form (issue 14 point 10): anyone could have the
 * official sender write to anyone, with words of their choosing in the quoted subject.
 */
export async function fileTicket(
  ctx: PortalContext,
  input: TicketInput,
  from: { account: Account | null; facts: RequestFacts },
) {
  const now = ctx.clock.now();
  const year = Number(almatyDate(now).slice(0, 4));
  const { account, facts } = from;
  return ctx.db.transaction(async (tx) => {
    const serial = await nextTicketSerial(tx, year);
    const ticket = {
      id: randomUUID(),
      number: ticketNumber(year, serial),
      year,
      serial,
      ...input,
      language: facts.language,
      accountId: account?.id ?? null,
      ip: facts.ip,
      createdAt: now,
    };
    await insertTicket(tx, ticket);
    const mailFacts = {
      ...ticket,
      account: account ? [account.iinBin, account.login].filter(Boolean).join(' / ') : null,
    };
    await enqueueMail(tx, now, {
      to: [ctx.support.email],
      // The service answers the requester with its mail client's Reply (REG-13).
      replyTo: input.email,
      language: facts.language,
      kind: 'support.ticket',
      ...supportMail(facts.language, mailFacts),
    });
    const confirmationSentTo = account?.email || null;
    if (confirmationSentTo)
      await enqueueMail(tx, now, {
        to: [confirmationSentTo],
        // A reply to the confirmation reaches the service, not the no-reply sender.
        replyTo: ctx.support.email,
        language: facts.language,
        kind: 'support.ticket.confirmation',
        ...confirmationMail(facts.language, mailFacts),
      });
    await recordAudit(tx, now, {
      action: 'support.ticket.file',
      outcome: 'success',
      actorAccountId: ticket.accountId,
      subjectType: 'support_ticket',
      subjectId: ticket.id,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { number: ticket.number },
    });
    return { number: ticket.number, createdAt: now.toISOString(), confirmationSentTo };
  });
}
