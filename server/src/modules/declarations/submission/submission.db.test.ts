import fs from 'node:fs';
import path from 'node:path';
import { parseSignedData } from '@shekara/nca';
import { writeTestPki } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { codeOf } from '../../../testing/app.ts';
import { cliWorkspace } from '../../../testing/cli.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  fetchSigningPayload,
  goodsDocument,
  logInDeclarant,
  postSubmission,
  signPayload,
  submitSigned,
  type TestDeclarant,
  testCustomsOffice,
} from '../../../testing/declarations.ts';
import { setAccessStatus } from '../../accounts/index.ts';
import { applyTransition } from '../status/transition.ts';
import { registrationNumberPattern } from './registration-number.ts';

/** Signed submission, registration numbers and receipts: issue 6 points 5, 6, 12, 15; WD-10..WD-14, ACC-15. */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let head: TestDeclarant;
const cli = cliWorkspace('receipts');

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  head = await logInDeclarant(env, 'head');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await cli.remove();
});

const almatyDdmmyy = () => {
  const [y, m, d] = new Date(clock.now().getTime() + 5 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${d}${m}${y!.slice(2)}`;
};

describe('the signing payload (issue 6 point 5)', () => {
  it('is the canonical JSON of id, kind, schema version and document', async () => {
    const id = await createGoodsDraft(env, head);
    const text = new TextDecoder().decode(await fetchSigningPayload(head.browser, id));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['declarationId', 'document', 'kind', 'schemaVersion']);
    expect(parsed).toMatchObject({ declarationId: id, kind: 'goods', schemaVersion: 1 });
    expect(text).not.toMatch(/\s"|":\s/);
  });
});

describe('submission (WD-10..WD-13, ACC-15)', () => {
  it('numbers the declaration OOOOO/DDMMYY/NNNNNNN, per office and day, and registers it', async () => {
    const first = await submitSigned(head, await createGoodsDraft(env, head));
    const second = await submitSigned(head, await createGoodsDraft(env, head), { detached: false });
    const other = await submitSigned(head, await createGoodsDraft(env, head), { customsOffice: '71101' });
    expect(first.registrationNumber).toMatch(registrationNumberPattern);
    expect(first.registrationNumber.startsWith(`${testCustomsOffice}/${almatyDdmmyy()}/`)).toBe(true);
    const serial = (n: string) => Number(n.split('/')[2]);
    expect(serial(second.registrationNumber)).toBe(serial(first.registrationNumber) + 1);
    expect(other.registrationNumber).toBe(`71101/${almatyDdmmyy()}/0000001`);
    const { rows } = await t.db.query<{ status: string; registration_number: string }>(
      'select status, registration_number from declarations where id = $1',
      [first.receipt.declarationId],
    );
    expect(rows[0]).toEqual({ status: 'registered', registration_number: first.registrationNumber });
    const outbox = await t.db.query<{ payload: unknown }>(
      `select payload from outbox where topic = 'declarations.registered'`,
    );
    expect(outbox.rows.map((r) => r.payload)).toContainEqual(
      expect.objectContaining({
        declarationId: first.receipt.declarationId,
        seq: 1,
        facts: expect.objectContaining({ due: expect.any(Number) }),
      }),
    );
  });

  it('lets an individual by IIN and a legal entity by BIN each form, check and deliver an import and an export declaration to a Kazakh customs body, and keep both in the cabinet, with no Web-declarant access asked for (ACC-2, ACC-12, ACC-22, WD-1, WD-4)', async () => {
    const individual = await logInDeclarant(env, 'individual');
    for (const declarant of [individual, head]) {
      const imported = goodsDocument(declarant.iinBin);
      // The same goods leaving Kazakhstan: export (ЭК 10), bound for China.
      const exported = {
        ...imported,
        direction: 'EK' as const,
        procedureCode: '10',
        dispatchCountry: 'KZ',
        destinationCountry: 'CN',
        items: imported.items.map((item) => ({ ...item, procedureCode: '10' })),
      };
      const filed: string[] = [];
      for (const document of [imported, exported]) {
        const id = await createGoodsDraft(env, declarant, { document });
        // Formed and checked in the system (WD-1: format-logical control before sending).
        const check = await declarant.browser.post(`/api/v1/declarations/${id}/check`);
        expect(check.statusCode, check.body).toBe(200);
        expect((check.json() as { errors: unknown[] }).errors, check.body).toEqual([]);
        const { registrationNumber } = await submitSigned(declarant, id);
        expect(registrationNumber.startsWith(`${testCustomsOffice}/`)).toBe(true);
        filed.push(id);
      }
      const cabinet = (await declarant.browser.get('/api/v1/declarations')).json() as {
        items: { id: string; status: string }[];
      };
      expect(cabinet.items.filter((d) => filed.includes(d.id)).map((d) => d.status)).toEqual([
        'registered',
        'registered',
      ]);
      // Voluntary (WD-4): the declarant never applied for a Web-declarant login.
      const { rows } = await t.db.query(
        `select 1 from web_declarant_applications where taxpayer_number = $1
         union all select 1 from workplace_logins where account_id = $2`,
        [declarant.iinBin, declarant.accountId],
      );
      expect(rows).toEqual([]);
    }
    // Only a customs body of Kazakhstan's reference data takes a declaration (ACC-12).
    const abroad = await postSubmission(head, await createGoodsDraft(env, head), { customsOffice: '99999' });
    expect(codeOf(abroad)).toBe('DECL_CONTROL_FAILED');
    const refusal = abroad.json() as { error: { details: { errors: { rule: string }[] } } };
    expect(refusal.error.details.errors.map((e) => e.rule)).toEqual(['office.unknown']);
  });

  it('keeps the exact signed bytes and the signature (WD-10, WD-11)', async () => {
    const id = await createGoodsDraft(env, head);
    const payload = await fetchSigningPayload(head.browser, id);
    const signature = signPayload(head.signKey, payload);
    const { receipt } = (await postSubmission(head, id, { signature })).json() as {
      receipt: { documentSha256: string };
    };
    const { rows } = await t.db.query<{
      signed_bytes: Uint8Array;
      signature_cms: Uint8Array;
      document_sha256: Uint8Array;
      signer_bin: string;
    }>(
      'select signed_bytes, signature_cms, document_sha256, signer_bin from declaration_submissions where declaration_id = $1',
      [id],
    );
    expect(Buffer.from(rows[0]!.signed_bytes).equals(Buffer.from(payload))).toBe(true);
    expect(Buffer.from(rows[0]!.signature_cms).toString('base64')).toBe(signature);
    expect(Buffer.from(rows[0]!.document_sha256).toString('hex')).toBe(receipt.documentSha256);
    expect(rows[0]!.signer_bin).toBe(head.iinBin);
  });

  it('returns a receipt signed with the system key that `shekara signature verify` finds valid (WD-13)', async () => {
    const { receipt } = await submitSigned(head, await createGoodsDraft(env, head));
    const cms = Buffer.from(receipt.cms, 'base64');
    const content = JSON.parse(new TextDecoder().decode(parseSignedData(cms).content!)) as Record<string, unknown>;
    const { cms: _cms, ...facts } = receipt;
    expect(content).toEqual(facts);
    const verified = await t.setup.verifier.verifyCms(cms, { purpose: 'sign' });
    expect(verified.valid).toBe(true);

    const pkiDir = path.join(cli.work, 'pki');
    await writeTestPki(t.setup.testPki!, pkiDir);
    const file = path.join(cli.work, 'receipt.p7');
    fs.writeFileSync(file, cms);
    const trustAndCrl = ['--trust', path.join(pkiDir, 'trust'), '--crl', path.join(pkiDir, 'crl')];
    const run = await cli.shekara('signature', 'verify', '--cms', file, ...trustAndCrl, '--json');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true });
  }, 60_000);
});

describe('resubmission after a requested correction (issue 6 points 5, 8)', () => {
  it('keeps the number and delivers the corrected copy as submission 2', async () => {
    const id = await createGoodsDraft(env, head);
    const first = await submitSigned(head, id);
    await t.db.transaction((tx) =>
      applyTransition(tx, clock.now(), {
        declarationId: id,
        action: 'request_correction',
        actor: 'officer',
        actorAccountId: null,
        officeCode: testCustomsOffice,
      }),
    );
    const elsewhere = await postSubmission(head, id, { customsOffice: '71101' });
    expect(codeOf(elsewhere)).toBe('DECL_CUSTOMS_OFFICE_INVALID');
    clock.advance(60_000);
    const second = await submitSigned(head, id);
    expect(second.registrationNumber).toBe(first.registrationNumber);
    expect(second.receipt.registeredAt).not.toBe(first.receipt.registeredAt);
    const check = await t.app.inject({
      method: 'GET',
      url: `/api/v1/receipts/${second.registrationNumber}?hash=${second.receipt.documentSha256}`,
    });
    expect(check.json()).toMatchObject({ status: 'registered', submission: 2, supersededBy: null });
    const { rows } = await t.db.query<{ seq: number }>(
      'select seq from declaration_submissions where declaration_id = $1 order by seq',
      [id],
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
  });
});

describe('idempotency (issue 6 points 5, 15)', () => {
  it('answers a repeat with the same key with the same receipt, and refuses the key for another request', async () => {
    const id = await createGoodsDraft(env, head);
    const signature = signPayload(head.signKey, await fetchSigningPayload(head.browser, id));
    const first = await postSubmission(head, id, { signature, idempotencyKey: 'key-1' });
    const again = await postSubmission(head, id, { signature, idempotencyKey: 'key-1' });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const other = await postSubmission(head, id, { signature, idempotencyKey: 'key-1', customsOffice: '71101' });
    expect(other.statusCode).toBe(422);
    expect(codeOf(other)).toBe('DECL_IDEMPOTENCY_KEY_REUSED');
    const noKey = await head.browser.request({
      method: 'POST',
      url: `/api/v1/declarations/${id}/submit`,
      payload: { customsOffice: '75101', signature },
    });
    expect(codeOf(noKey)).toBe('DECL_IDEMPOTENCY_KEY_REQUIRED');
  });
});

describe('who may submit (issue 6 points 6, 15)', () => {
  it('another organisation reads the declaration as absent (404)', async () => {
    const id = await createGoodsDraft(env, head);
    const individual = await logInDeclarant(env, 'individual');
    const response = await postSubmission(individual, id, {
      signature: signPayload(individual.signKey, await fetchSigningPayload(head.browser, id)),
    });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response)).toBe('DECL_NOT_FOUND');
    expect((await individual.browser.get(`/api/v1/declarations/${id}/signing-payload`)).statusCode).toBe(404);
  });

  it('refuses an authentication key, a signature over other bytes, and a second submission', async () => {
    const id = await createGoodsDraft(env, head);
    const authKey = await postSubmission(head, id, { signWith: head.authKey });
    expect(codeOf(authKey)).toBe('SIG_WRONG_KEY_PURPOSE');
    const otherBytes = await postSubmission(head, id, {
      signature: signPayload(head.signKey, new TextEncoder().encode('{"other":true}')),
    });
    expect(otherBytes.statusCode).toBe(422);
    expect(codeOf(otherBytes)).toBe('SIG_CONTENT_MISMATCH');
    await submitSigned(head, id);
    const twice = await postSubmission(head, id);
    expect(codeOf(twice)).toBe('DECL_TRANSITION_NOT_ALLOWED');
  });

  it('refuses while access is suspended (WD-24, WD-28)', async () => {
    const employee = await logInDeclarant(env, 'individual');
    const id = await createGoodsDraft(env, employee);
    await setAccessStatus(t.db, employee.accountId, 'suspended', clock.now());
    try {
      const response = await postSubmission(employee, id, {
        signature: signPayload(employee.signKey, new TextEncoder().encode('x')),
      });
      expect(codeOf(response)).toBe('ACCESS_SUSPENDED');
    } finally {
      await setAccessStatus(t.db, employee.accountId, 'active', clock.now());
    }
    const { rows } = await t.db.query<{ status: string }>('select status from declarations where id = $1', [id]);
    expect(rows[0]!.status).toBe('draft');
  });
});

describe('the public receipt check (WD-14)', () => {
  it('shows the delivery and the current status to whoever has the number and the hash, 404 otherwise', async () => {
    const { registrationNumber, receipt } = await submitSigned(head, await createGoodsDraft(env, head));
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/v1/receipts/${registrationNumber}?hash=${receipt.documentSha256}`,
    });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual({
      registrationNumber,
      customsOffice: testCustomsOffice,
      registeredAt: receipt.registeredAt,
      kind: 'goods',
      status: 'registered',
      submission: 1,
      supersededBy: null,
    });
    const upperCase = await t.app.inject({
      method: 'GET',
      url: `/api/v1/receipts/${registrationNumber}?hash=${receipt.documentSha256.toUpperCase()}`,
    });
    expect(upperCase.statusCode).toBe(200);
    const wrong = await t.app.inject({
      method: 'GET',
      url: `/api/v1/receipts/${registrationNumber}?hash=${'0'.repeat(64)}`,
    });
    expect(wrong.statusCode).toBe(404);
    expect(codeOf(wrong)).toBe('DECL_RECEIPT_NOT_FOUND');
  });

  it('limits the checks one address makes in a minute', async () => {
    const url = `/api/v1/receipts/75101/010101/0000001?hash=${'0'.repeat(64)}`;
    const answers = [];
    for (let i = 0; i < 61; i++)
      answers.push((await t.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.9' })).statusCode);
    expect(answers.slice(0, 60).every((status) => status === 404)).toBe(true);
    expect(answers[60]).toBe(429);
  });
});
