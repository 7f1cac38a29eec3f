import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance } from 'fastify';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { signAs, TestBrowser } from '../../testing/accounts.ts';
import { createStaffAccount } from '../accounts/index.ts';
import type { ApplicationFields } from './application-fields.ts';
import { canonicalJson } from './canonical-json.ts';

/** Test helpers of the access procedure: Annex 1 fields, signing them, staff log-ins, reading PDFs back. */

export function applicationFor(
  who: { iin: string; bin?: string; roles: readonly string[] },
  overrides: Partial<ApplicationFields> = {},
): ApplicationFields {
  const organisation = who.roles.includes('legal_entity');
  return {
    applicantKind: organisation ? 'legal_entity' : 'individual',
    fullName: organisation ? 'Товарищество с ограниченной ответственностью «SHEKARA TEST»' : 'Ахметов Аслан Серикович',
    shortName: organisation ? 'ТОО «SHEKARA TEST»' : 'Ахметов А. С.',
    ...(organisation ? { okpo: '12345678' } : {}),
    taxpayerNumber: organisation ? who.bin! : who.iin,
    legalAddress: 'г. Алматы, пр. Абая, 10; офис 5',
    actualAddress: 'г. Алматы, ул. Төле би, 42',
    phones: ['+7 727 300 00 00', '+7 701 000 00 00'],
    email: organisation ? 'office@shekara-test.kz' : 'aslan@example.kz',
    workplaces: 1,
    consentToRules: true,
    stickerLetter: { number: '15-2/1234', date: '2026-11-02', stickerCode: 'WD-7788-AB' },
    customsBodyCode: '75000',
    applicationDate: '2026-11-20',
    signatoryName: organisation ? 'Серикова Айгерим Болатовна' : 'Ахметов Аслан Серикович',
    ...overrides,
  };
}

/** The online request body: the fields and a CMS over their canonical JSON. */
export function signedApplication(who: TestHolder, fields: ApplicationFields, signed: ApplicationFields = fields) {
  return { ...fields, signature: signAs(who, canonicalJson(signed)) };
}

/** An officer or administrator, logged in with their own auth key in a fresh browser. */
export async function staffBrowser(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  staff: { kind: 'officer' | 'admin'; officeCode?: string },
) {
  const { id } = await createStaffAccount(db, clock, {
    kind: staff.kind,
    iin: who.iin,
    email: `${staff.kind}.${staff.officeCode ?? 'all'}@kgd.example.kz`,
    officeCode: staff.officeCode,
  });
  const browser = new TestBrowser(app);
  const response = await browser.logInAs(who, id);
  if (response.statusCode !== 200) throw new Error(`staff log-in failed: ${response.body}`);
  return { browser, id, relogin: () => browser.logInAs(who, id) };
}

/** The text of a PDF as a reader would copy it, pages joined. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return pages.join('\n');
}
