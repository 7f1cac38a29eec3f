import { createHash } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { csrfHeader, logInWithKey } from './accounts.ts';
import { slow, testSign } from './helpers.ts';
import { gostKey, organisationBin } from './people.ts';
import type { Stage } from './stage.ts';

/** A declaration delivered through the API, as the editor would deliver it. */
export interface Filed {
  id: string;
  registrationNumber: string;
  documentSha256: string;
}

/**
 * Signs a draft's signing payload with the organisation head's signing key and delivers it to the
 * office through the API (the browser suites that test the editor do it by hand); a declaration
 * returned for correction is resubmitted the same way.
 */
export async function signAndSubmit(
  stage: Stage,
  declarant: BrowserContext,
  id: string,
  office: string,
): Promise<Filed> {
  const url = (p: string) => `${stage.server.url}${p}`;
  const payload = (await (await declarant.request.get(url(`/api/v1/declarations/${id}/signing-payload`))).json()) as {
    data: string;
  };
  const signature = await testSign(
    declarant.request,
    stage.server.url,
    gostKey('head-sign'),
    Buffer.from(payload.data, 'base64'),
  );
  const submitted = await declarant.request.post(url(`/api/v1/declarations/${id}/submit`), {
    // one key per signed copy: a corrected copy resubmitted is another request
    headers: { ...(await csrfHeader(declarant)), 'Idempotency-Key': `e2e-${id}-${copyDigest(payload.data)}` },
    data: { customsOffice: office, signature },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const { registrationNumber, receipt } = (await submitted.json()) as {
    registrationNumber: string;
    receipt: { documentSha256: string };
  };
  return { id, registrationNumber, documentSha256: receipt.documentSha256 };
}

const copyDigest = (payload: string) => createHash('sha256').update(payload).digest('hex').slice(0, 16);

/** A one-item goods declaration of the demo generator that passes control at the office today, delivered. */
export async function fileGoods(stage: Stage, declarant: BrowserContext, office: string): Promise<Filed> {
  return signAndSubmit(stage, declarant, await draftGoods(stage, declarant, office), office);
}

/** The draft `fileGoods` delivers: a one-item goods declaration that passes control at the office today. */
export async function draftGoods(stage: Stage, declarant: BrowserContext, office: string): Promise<string> {
  const document = demoDocument('goods', {
    items: 1,
    declarant: organisationBin,
    office,
    date: almatyDate(new Date()),
  });
  const created = await declarant.request.post(`${stage.server.url}/api/v1/declarations`, {
    headers: await csrfHeader(declarant),
    data: { kind: 'goods', document },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/**
 * The officer credits exactly what the declaration owes to the organisation's advance account and
 * the declarant pays it from there: the green declaration is released by the system.
 */
export async function payAndRelease(stage: Stage, declarant: BrowserContext, officer: BrowserContext, id: string) {
  const url = (p: string) => `${stage.server.url}${p}`;
  const owed = async () =>
    ((await (await declarant.request.get(url(`/api/v1/declarations/${id}/payment`))).json()) as { owed: string | null })
      .owed;
  await expect.poll(owed, slow).not.toBeNull();
  const deposited = await officer.request.post(
    url(`/api/v1/officer/payments/advance-accounts/${organisationBin}/deposits`),
    {
      headers: await csrfHeader(officer),
      data: {
        amount: await owed(),
        bankDocument: { number: `ПП-E2E-${id.slice(0, 8)}`, date: almatyDate(new Date()) },
        idempotencyKey: `e2e-deposit-${id}`,
      },
    },
  );
  expect(deposited.status(), await deposited.text()).toBe(201);
  const paid = await declarant.request.post(url(`/api/v1/declarations/${id}/payment`), {
    headers: await csrfHeader(declarant),
  });
  expect(paid.status(), await paid.text()).toBe(200);
}

/** A context of the staged officer, logged in with the officer's key. */
export async function officerContext(stage: Stage): Promise<BrowserContext> {
  const officer = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 1000 } });
  await logInWithKey(officer.request, stage.server.url, gostKey('individual-auth'));
  return officer;
}

/**
 * A decision the staged officer signs with the officer's own signing key and sends through the
 * API, as the decision dialog does (the suites that test the dialog use it by hand).
 */
export async function decideAsOfficer(
  stage: Stage,
  officer: BrowserContext,
  registrationNumber: string,
  decision: string,
  reasons: string[],
): Promise<void> {
  const base = `${stage.server.url}/api/v1/officer/declarations/${encodeURIComponent(registrationNumber)}`;
  const headers = await csrfHeader(officer);
  const payload = await officer.request.post(`${base}/decision-payload`, {
    headers,
    data: { decision, reasons, reason: 'declaration_review' },
  });
  expect(payload.status(), await payload.text()).toBe(200);
  const signature = await testSign(
    officer.request,
    stage.server.url,
    gostKey('individual-sign'),
    Buffer.from(((await payload.json()) as { data: string }).data, 'base64'),
  );
  const decided = await officer.request.post(`${base}/decisions`, {
    headers,
    data: { decision, reasons, signature },
  });
  expect(decided.status(), await decided.text()).toBe(201);
}
