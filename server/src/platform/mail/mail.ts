import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { type Language, languages } from '../i18n/language.ts';
import { enqueueOutbox, enqueueOutboxMany } from '../outbox/enqueue.ts';
import { MailErrors } from './errors.ts';

/** The outbox topic of outgoing e-mail; mailer.ts handles it. */
export const mailTopic = 'mail.send';

/**
 * Every kind of e-mail the server writes. A new e-mail adds its kind here, and web-links.test.ts
 * then asks for it to be written there with the links it carries, which must lead to pages that
 * exist (issue 19 point 6).
 */
export const mailKinds = [
  'registration.confirm',
  'account.contact_changed',
  'auth.throttled',
  'credentials.request_received',
  'credentials.request_confirm',
  'credentials.issued',
  'credentials.refused',
  'declaration.decision',
  'declaration.withdrawal',
  'declaration.transit_overdue',
  'ledger.deposit',
  'receipt_order.issued',
  'payments.application_decision',
  'payments.due_notice',
  'web_declarant.application_received',
  'web_declarant.login_issued',
  'web_declarant.application_rejected',
  'access.suspended',
  'access.suspension_lifted',
  'access.revoked',
  'access.disabled',
  'access.regranted',
  'support.ticket',
  'support.ticket.confirmation',
] as const;

export type MailKind = (typeof mailKinds)[number];

/** The system's name as a text in the language writes it: in Cyrillic in Kazakh and Russian (issue 19 point 6). */
export function systemName(language: Language): string {
  return language === 'en' ? 'Shekara' : 'Шекара';
}

export interface MailAttachment {
  filename: string;
  /** e.g. application/pdf */
  contentType: string;
  contentBase64: string;
}

/** One e-mail as the system writes it; the From address is configuration (MAIL_FROM). */
export interface MailMessage {
  /** 1 to 20 addresses */
  to: string[];
  /** at most 300 characters, one line */
  subject: string;
  /** the plain-text body, at most 100 kB; links in it are what the development mailbox offers */
  text: string;
  html?: string;
  /** what the message is for, e.g. `registration.confirm` */
  kind?: MailKind;
  /** where an answer should go when it is not the From address, e.g. the requester of a support ticket */
  replyTo?: string;
  /** the reader's language: the support footer is written in it; absent, in all three (mailer.ts) */
  language?: Language;
  /** at most 10, together at most 2 MB */
  attachments?: MailAttachment[];
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const oneLine = /^[^\r\n]*$/;
const maxAttachmentBytes = 2 * 1024 * 1024;

export const mailMessageSchema = z.object({
  to: z.array(z.email().max(254)).min(1).max(20),
  subject: z.string().min(1).max(300).regex(oneLine, 'must be one line'),
  text: z.string().refine((text) => utf8Bytes(text) <= 100_000, 'must be at most 100 kB'),
  html: z
    .string()
    .refine((html) => utf8Bytes(html) <= 500_000, 'must be at most 500 kB')
    .optional(),
  kind: z.enum(mailKinds).optional(),
  replyTo: z.email().max(254).optional(),
  language: z.enum(languages).optional(),
  attachments: z
    .array(
      z.object({
        filename: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^\r\n/\\]*$/, 'must be a plain file name'),
        contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'must be a media type'),
        contentBase64: z.base64(),
      }),
    )
    .max(10)
    .refine(
      (attachments) =>
        attachments.reduce((sum, a) => sum + Buffer.from(a.contentBase64, 'base64').length, 0) <= maxAttachmentBytes,
      'must be at most 2 MB together',
    )
    .optional(),
}) satisfies z.ZodType<MailMessage>;

/**
 * Puts an e-mail in the outbox inside the caller's transaction: it leaves only if that transaction
 * commits. Throws MAIL_MESSAGE_INVALID (naming what is wrong) for a bad address or an oversize part.
 */
export async function enqueueMail(tx: Queryable, at: Date, message: MailMessage): Promise<number> {
  return enqueueOutbox(tx, at, mailTopic, validMail(message));
}

/** What a module writes of one e-mail, in the reader's language (given, the support footer is in it too). */
interface MailWords {
  subject: string;
  text: string;
  language?: Language;
}

/** One plain-text e-mail to one address, put in the outbox as `enqueueMail` does. */
export async function enqueueMailTo(
  tx: Queryable,
  at: Date,
  to: string,
  kind: MailKind,
  { subject, text, language }: MailWords,
): Promise<number> {
  return enqueueMail(tx, at, { to: [to], subject, text, kind, ...(language ? { language } : {}) });
}

/** Several e-mails in one statement, inside the caller's transaction; all valid or none enqueued. */
export async function enqueueMails(tx: Queryable, at: Date, messages: readonly MailMessage[]): Promise<number[]> {
  return enqueueOutboxMany(
    tx,
    messages.map((message) => ({ at, payload: validMail(message) })),
    mailTopic,
  );
}

function validMail(message: MailMessage): MailMessage {
  const parsed = mailMessageSchema.safeParse(message);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`);
    throw MailErrors.MAIL_MESSAGE_INVALID({ problems: problems.join('; ') }, { details: { problems } });
  }
  return parsed.data;
}
