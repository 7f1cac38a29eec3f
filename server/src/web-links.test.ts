import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { featureRoutes } from '../../web/src/feature-routes.ts';
import { publicSections, signatureVerifyPath } from '../../web/src/navigation.ts';
import { linksIn } from './platform/mail/dev-mailbox.ts';
import { mailKinds } from './platform/mail/mail.ts';
import type { PdfBlock, PdfDocument } from './platform/pdf/index.ts';
import { webLink, webPages } from './platform/web-pages.ts';
import { mailPublicUrl, mailsOfEveryKind } from './testing/official-texts/mails.ts';
import { everyPrintedDocument, printedPublicUrl } from './testing/official-texts/printed.ts';

/**
 * Issue 19 point 6: every link in every e-mail and printed letter the server writes leads to a page
 * the web app has. The pages are the web app's route table as App.tsx routes it (the home page,
 * the portal's sections, the signature check, every feature's routes.tsx), without its catch-all
 * "not found"; the mails are every kind mail.ts lists, the letters every form printed.ts makes.
 */
const pages = [
  { path: '/' },
  { path: signatureVerifyPath },
  ...publicSections.map((section) => ({ path: section.path })),
  ...featureRoutes.map((route) => ({ path: route.path })),
];

/** The address unless the web app has a page for it (the query is the page's business). */
const missing = (link: string, publicUrl: string): string[] => {
  if (!link.startsWith(`${publicUrl}/`)) return [`${link}: not at the public address ${publicUrl}`];
  const { pathname } = new URL(link);
  return matchRoutes(pages, pathname) ? [] : [`${link}: no page of the web app`];
};

const languages = ['kk', 'ru', 'en'] as const;

describe('the links the server writes lead to pages that exist (issue 19 point 6)', () => {
  it('the route table is read: a known page matches, an unknown one does not', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(missing(`${mailPublicUrl}/cabinet/declarations/decisions`, mailPublicUrl)).toEqual([]);
    expect(missing(`${mailPublicUrl}/cabinet/decisions`, mailPublicUrl)).toHaveLength(1);
    expect(missing('https://elsewhere.example/login', mailPublicUrl)).toHaveLength(1);
  });

  it('every page address of web-pages.ts, with facts of its kind', () => {
    // one example of each address; a new address without one does not compile
    const facts: { [Page in keyof typeof webPages]: Parameters<(typeof webPages)[Page]> } = {
      registrationConfirm: ['k3Y_t0ken'],
      register: [],
      login: [],
      credentialsRequestConfirm: ['k3Y_t0ken'],
      declaration: ['7d9c1f0e-3b2a-4c5d-8e6f-0a1b2c3d4e5f'],
      decisions: [],
      officerDeclaration: ['75101/020326/0000042'],
      advanceAccount: [],
      paymentApplications: [],
      receiptOrder: ['7d9c1f0e-3b2a-4c5d-8e6f-0a1b2c3d4e5f'],
      receiptCheck: ['75101/020326/0000042', 'ab'.repeat(32)],
      receiptOrderCheck: ['75101/020326/Т0000001', 'ab'.repeat(32)],
      news: [],
      newsItem: ['new-rates'],
      devMailbox: [],
    };
    const links = Object.entries(webPages).map(([name, page]) =>
      webLink(mailPublicUrl, (page as (...facts: string[]) => string)(...facts[name as keyof typeof facts])),
    );
    expect(links).toHaveLength(Object.keys(facts).length);
    expect(links.flatMap((link) => missing(link, mailPublicUrl))).toEqual([]);
  });

  it('every kind of e-mail, in kk, ru and en: each link it carries', () => {
    expect(Object.keys(mailsOfEveryKind('ru')).sort()).toEqual([...mailKinds].sort());
    const problems: string[] = [];
    let links = 0;
    for (const language of languages) {
      for (const [kind, mails] of Object.entries(mailsOfEveryKind(language))) {
        if (mails.length === 0) problems.push(`${kind}: no e-mail written`);
        for (const [where, mail] of mails) {
          const found = linksIn(`${mail.subject}\n${mail.text}`);
          links += found.length;
          problems.push(
            ...found.flatMap((link) => missing(link, mailPublicUrl).map((p) => `${where} (${language}): ${p}`)),
          );
        }
      }
    }
    expect(problems).toEqual([]);
    // the links were found: the mails that send the reader somewhere carry one in each language
    expect(links).toBeGreaterThan(3 * 20);
  });

  it('every printed letter and form, in kk and ru: each address in its text and its QR codes', () => {
    const problems: string[] = [];
    const withLinks = new Set<string>();
    for (const language of ['kk', 'ru'] as const) {
      for (const { where, document } of everyPrintedDocument(language)) {
        const found = linksIn(textsOf(document).join('\n'));
        if (found.length > 0) withLinks.add(where);
        problems.push(
          ...found.flatMap((link) => missing(link, printedPublicUrl).map((p) => `${where} (${language}): ${p}`)),
        );
      }
    }
    expect(problems).toEqual([]);
    expect([...withLinks].sort()).toEqual(
      expect.arrayContaining([
        'credentials letter approved',
        'credentials letter rejected',
        'customs receipt order',
        'delivery receipt',
      ]),
    );
  });

  it('no module writes an address of the web app by hand: every one comes from web-pages.ts', () => {
    const root = path.resolve(import.meta.dirname);
    const sources = (readdirSync(root, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith(`testing${path.sep}`),
    );
    // `${publicUrl}/…`, `${config.publicUrl}/…`, `${base}/…`; the news feed's own address is the server's, not a page
    const byHand = /\$\{[^{}]*\b(publicUrl|base)\b[^{}]*\}\/(?!news\.atom\?)/;
    const found = sources.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (byHand.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});

/** Every text a printed document shows: titles, sentences, boxes, cells and what its QR codes carry. */
function textsOf(document: PdfDocument): string[] {
  const texts = [document.title, document.header ?? ''];
  const collect = (block: PdfBlock): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'fields':
        return block.fields.flatMap((field) => [field.label, field.value]);
      case 'table':
        return [...block.columns.map((column) => column.header), ...block.rows.flat()];
      case 'qr':
        return [block.text, block.caption ?? ''];
      case 'sheet':
        return block.boxes.flatMap((box) => [box.label ?? '', box.value ?? '']);
      default:
        return [];
    }
  };
  return [...texts, ...document.blocks.flatMap(collect)];
}
