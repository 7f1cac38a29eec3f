import { printedDate } from '@shekara/contracts/i18n';
import type { Language } from '../../platform/i18n/language.ts';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/index.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import type { CustomsBody } from '../reference/index.ts';
import { approvalNotice, rejectionNotice } from './notice-texts.ts';
import type { CredentialsRequest } from './request-repository.ts';

const labels = {
  kk: {
    to: 'Кімге',
    address: 'Мекенжайы',
    date: 'Күні',
    number: 'Өтініш нөмірі',
    iinBin: 'ЖСН/БСН',
    signer: 'Лауазымды адам',
    page: '{page} / {pages}',
  },
  ru: {
    to: 'Кому',
    address: 'Адрес',
    date: 'Дата',
    number: 'Номер заявки',
    iinBin: 'ИИН/БИН',
    signer: 'Должностное лицо',
    page: '{page} / {pages}',
  },
  en: {
    to: 'To',
    address: 'Address',
    date: 'Date',
    number: 'Request number',
    iinBin: 'IIN/BIN',
    signer: 'Officer',
    page: '{page} / {pages}',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * The letter that answers a paper request (AST-4: the notice goes by the channel the request came
 * in): the body's name, the date, the request's number and, on approval, the login and the
 * one-time password with what to do with them; on refusal, the reason.
 */
export function noticeLetter(
  request: CredentialsRequest,
  body: CustomsBody,
  publicUrl: string,
  today: string,
  support: SupportContacts,
): PdfDocument {
  const language = request.language;
  const l = labels[language];
  const bodyName = body.name[language];
  // an approval points to the log-in, a refusal to where a new request is filed
  const facts = {
    number: request.number,
    bodyName,
    receivedOn: request.receivedOn,
    link: webLink(publicUrl, request.status === 'approved' ? webPages.login() : webPages.register()),
  };
  let notice: { title: string; lead: string; instructions: string };
  let outcome: PdfBlock;
  if (request.status === 'approved') {
    const approval = approvalNotice(language, { ...facts, login: request.login!, password: request.letterPassword! });
    notice = approval;
    outcome = {
      type: 'fields',
      fields: [
        { label: approval.loginLabel, value: request.login! },
        { label: approval.passwordLabel, value: request.letterPassword! },
      ],
    };
  } else {
    const rejection = rejectionNotice(language, { ...facts, reason: request.rejectionReason! });
    notice = rejection;
    outcome = { type: 'fields', fields: [{ label: rejection.reasonLabel, value: request.rejectionReason! }] };
  }
  return {
    title: notice.title,
    language,
    author: bodyName,
    header: `${bodyName}, ${body.address}`,
    pageNumbers: l.page,
    support,
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: l.to, value: request.applicantName ?? '' },
          { label: l.address, value: request.postalAddress ?? '' },
          { label: l.iinBin, value: request.iinBin ?? '' },
          { label: l.number, value: request.number },
          { label: l.date, value: printedDate(today) },
        ],
      },
      { type: 'space' },
      { type: 'paragraph', text: notice.lead },
      outcome,
      { type: 'paragraph', text: notice.instructions },
      { type: 'space' },
      {
        type: 'signature',
        signers: [{ role: `${l.signer}, ${bodyName}` }],
        dateLabel: l.date,
        date: printedDate(today),
      },
    ],
  };
}
