import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { signAs } from '../../testing/accounts.ts';
import { readPdf } from '../../testing/pdf-text.ts';
import { loggedInStaff } from '../../testing/staff.ts';
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
export function staffBrowser(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  staff: { kind: 'officer' | 'admin'; officeCode?: string },
) {
  return loggedInStaff(app, db, clock, who, {
    ...staff,
    email: `${staff.kind}.${staff.officeCode ?? 'all'}@kgd.example.kz`,
  });
}

/** The text of a PDF as a reader would copy it, pages joined. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  return (await readPdf(pdf)).pages.join('\n');
}
