import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { schemaVersions } from '@shekara/contracts/declarations/documents';
import {
  createCms,
  generateKeyPair,
  issueCertificate,
  type KeyAlgorithm,
  type PrivateKey,
  signRaw,
} from '@shekara/nca';
import { loadTestPki, type TestPki, testAuthority, validIin } from '@shekara/nca/test-pki';
import pg from 'pg';
import { cookieNames } from '../modules/accounts/cookies.ts';
import { insertAccount } from '../modules/accounts/index.ts';
import { insertDeclaration } from '../modules/declarations/declaration-repository.ts';
import { signingPayload } from '../modules/declarations/submission/signing-payload.ts';
import type { Database } from '../platform/db/database.ts';
import { openPostgres } from '../platform/db/postgres.ts';
import { goodsDocument } from './declarations.ts';
import { freePort, type ServerProcess, spawnServer, waitHealthy } from './server-process.ts';

/**
 * Submissions against the real server process on a fresh PostgreSQL database, for the crash
 * test and `bench/submit`: declarants with RSA keys of their own issued under the test PKI's CA,
 * drafts seeded in the database, signatures made before the measured part.
 */
export const postgresServerUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database on the PostgreSQL server, or null when the server cannot be reached. */
export async function freshPostgresDatabase(prefix: string): Promise<FreshDatabase | null> {
  const admin = new pg.Client({ connectionString: postgresServerUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: postgresServerUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export interface RunningTestServer {
  server: ServerProcess;
  dataDir: string;
  env: Record<string, string>;
  /** the test PKI the server made in its data directory */
  testPki: TestPki;
}

/** Starts `npm start`'s entry point on `databaseUrl` in a fresh data directory and waits until healthy. */
export async function startServerOn(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<RunningTestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-submit-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const server = spawnServer(env, { nodeFlags });
  await waitHealthy(server, 300_000);
  return { server, dataDir, env, testPki: await loadTestPki(path.join(dataDir, 'test-pki')) };
}

export interface LoadDeclarant {
  iin: string;
  authKey: PrivateKey;
  authCertificate: Uint8Array;
  signKey: PrivateKey;
  signCertificate: Uint8Array;
  accountId: string;
}

/**
 * `count` individuals with authentication and signing certificates of `algorithm` (RSA, or GOST
 * 34.10-2015 as most NCA keys of legal entities are) from the test PKI's CA of that family, and
 * an active account each; `first` numbers them on from an earlier call's.
 */
export async function seedDeclarants(
  db: Database,
  testPki: TestPki,
  count: number,
  first = 0,
  algorithm: KeyAlgorithm = 'RSA',
): Promise<LoadDeclarant[]> {
  const ca = testAuthority(testPki, algorithm, 'issuing');
  const now = Date.now();
  const declarants: LoadDeclarant[] = [];
  for (let index = first; index < first + count; index++) {
    const iin = validIin(`1980-01-${String((index % 28) + 1).padStart(2, '0')}`, 3, 100 + index);
    const [authKey, signKey] = await Promise.all([generateKeyPair(algorithm), generateKeyPair(algorithm)]);
    const issue = (key: PrivateKey, keyPurpose: 'auth' | 'sign') =>
      issueCertificate({
        subject: { commonName: `НАГРУЗКА ${index}`, surname: 'НАГРУЗКА', iin },
        subjectKey: key,
        issuerKey: ca.key,
        issuerCertificate: ca.certificate,
        notBefore: new Date(now - 86_400_000),
        notAfter: new Date(now + 30 * 86_400_000),
        keyPurpose,
        roles: ['individual'],
      });
    const accountId = randomUUID();
    await insertAccount(
      db,
      {
        id: accountId,
        kind: 'user',
        userType: 'foreign_trade_participant',
        iinBin: iin,
        email: `load-${index}@example.kz`,
        status: 'active',
      },
      new Date(),
    );
    declarants.push({
      iin,
      authKey,
      authCertificate: issue(authKey, 'auth'),
      signKey,
      signCertificate: issue(signKey, 'sign'),
      accountId,
    });
  }
  return declarants;
}

function cms(key: PrivateKey, certificate: Uint8Array, content: Uint8Array, detached: boolean): string {
  return Buffer.from(
    createCms({
      content,
      detached,
      certificate,
      algorithm: key.algorithm,
      sign: (bytes) => signRaw(key, bytes),
      signingTime: new Date(),
    }),
  ).toString('base64');
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

/**
 * What a browser keeps between its log-ins: the workplace cookie the first log-in set (WD-22). A
 * log-in sent again from the same browser after its answer was lost is then the same workplace,
 * and replaces the session the lost answer carried instead of needing a seat of its own.
 */
export interface LoadBrowser {
  workplace?: string;
}

/** Logs in over HTTP by signing a challenge with the declarant's authentication key. */
export async function logInOverHttp(
  baseUrl: string,
  declarant: LoadDeclarant,
  browser: LoadBrowser = {},
): Promise<HttpSession> {
  const { nonce } = (await (await fetch(`${baseUrl}/api/v1/auth/challenge`)).json()) as { nonce: string };
  const response = await fetch(`${baseUrl}/api/v1/auth/login/signature`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(browser.workplace ? { cookie: `${cookieNames.workplace}=${browser.workplace}` } : {}),
    },
    body: JSON.stringify({
      signature: cms(declarant.authKey, declarant.authCertificate, Buffer.from(nonce, 'base64'), false),
    }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const cookie = (name: string) => cookies.find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
  browser.workplace = cookie(cookieNames.workplace) ?? browser.workplace;
  if (response.status !== 200) throw new Error(`log-in failed: ${response.status} ${await response.text()}`);
  const csrf = cookie(cookieNames.csrf)!;
  return { cookie: cookies.join('; '), csrf };
}

export interface PreparedSubmission {
  declarationId: string;
  signature: string;
  session: HttpSession;
  idempotencyKey: string;
}

/** Drafts of `items`-item goods declarations seeded for the declarants in turn, each signed (detached) by its declarant. */
export async function prepareSubmissions(
  db: Database,
  declarants: { declarant: LoadDeclarant; session: HttpSession }[],
  count: number,
  items: number,
): Promise<PreparedSubmission[]> {
  const prepared: PreparedSubmission[] = [];
  for (let index = 0; index < count; index++) {
    const { declarant, session } = declarants[index % declarants.length]!;
    const id = randomUUID();
    const document = goodsDocument(declarant.iin, { items });
    await insertDeclaration(
      db,
      {
        id,
        kind: 'goods',
        schemaVersion: schemaVersions.goods,
        ownerIinBin: declarant.iin,
        authorAccountId: declarant.accountId,
        declarantIinBin: declarant.iin,
        document,
        status: 'draft',
      },
      new Date(),
    );
    const payload = signingPayload({ declarationId: id, kind: 'goods', schemaVersion: schemaVersions.goods, document });
    prepared.push({
      declarationId: id,
      signature: cms(declarant.signKey, declarant.signCertificate, payload, true),
      session,
      idempotencyKey: randomUUID(),
    });
  }
  return prepared;
}

/**
 * Kept-alive connections for the load: node:http costs the client a fraction of what fetch does,
 * and the client shares the machine with the server it measures.
 */
const loadAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One submission over HTTP: its status and, when accepted, its registration number. Rejects when the connection fails. */
export function submitOverHttp(
  baseUrl: string,
  submission: PreparedSubmission,
  customsOffice: string,
): Promise<{ status: number; registrationNumber?: string; body: string }> {
  const body = JSON.stringify({ customsOffice, signature: submission.signature });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/api/v1/declarations/${submission.declarationId}/submit`,
      {
        method: 'POST',
        agent: loadAgent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: submission.session.cookie,
          'x-csrf-token': submission.session.csrf,
          'idempotency-key': submission.idempotencyKey,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status !== 200) resolve({ status, body: text });
          else
            resolve({
              status,
              registrationNumber: (JSON.parse(text) as { registrationNumber: string }).registrationNumber,
              body: text,
            });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A database connection for seeding and checking, beside the server's own pool. */
export function openSeedDatabase(url: string): Promise<Database> {
  return openPostgres({ connectionString: url, poolSize: 4 });
}
