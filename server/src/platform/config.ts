import os from 'node:os';
import path from 'node:path';
import { isLoopbackHost, parseAddressList } from './network-addresses.ts';
import type { SupportContacts } from './support/contacts.ts';

/**
 * Every environment variable Shekara reads, validated once at start.
 * The README's configuration table is written from this file: keep them in step.
 */
export interface Config {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); empty: the connection's own address. */
  trustedProxies: string[];
  /** PGlite data directory; ignored when `databaseUrl` is set. */
  dataDir: string;
  /** A real PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Read replicas of that server for the public read-only routes (DATABASE_REPLICA_URL, comma-separated); empty: none. */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this serves nothing until it catches up. */
  databaseReplicaMaxLagMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the bundled demo data at start (idempotent). */
  demoData: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** How long in-flight requests may take to finish on SIGTERM/SIGINT before the process exits. */
  shutdownTimeoutMs: number;
  /**
   * How long an outbox message handed to a worker stays its own: a process killed while handling
   * it leaves it to be handled again after this (each handler is idempotent).
   */
  outboxLeaseSeconds: number;
  workers: WorkersConfig;
  signature: SignatureConfig;
  /** Base address of the web app as users reach it: links in e-mails and letters point here. */
  publicUrl: string;
  mail: MailConfig;
  auth: AuthConfig;
  /** Terms of the territorial bodies' reviews (AST-5, AST-4, WD-26). */
  terms: TermsConfig;
  reference: ReferenceConfig;
  /**
   * The support service's address and phone (REG-13): tickets are e-mailed to the address, and both
   * are printed on every page's footer, at the end of every e-mail and on every printed letter.
   */
  support: SupportContacts;
  portal: PortalConfig;
  declarations: DeclarationsConfig;
  metrics: MetricsConfig;
}

/**
 * Where Prometheus reads `/metrics` (platform/metrics/metrics-endpoint.ts): a port of its own, a
 * bearer token, or both; with neither, nowhere.
 */
export interface MetricsConfig {
  /** Bearer token each scrape must send; alone, it opens /metrics on the public port to that token. */
  token: string | undefined;
  /** A listener of its own for /metrics; the public port then has none. */
  port: number | undefined;
  /** The address that listener binds to: loopback unless the operator opens it to a private network. */
  host: string;
}

/**
 * Worker threads for work that would hold the event loop (signed XML, large CMS, imported XML):
 * while they parse and check, the server goes on answering.
 */
export interface WorkersConfig {
  /** Threads; 0 runs that work on the main thread (for measurements only: one large document then stalls every request). */
  threads: number;
  /** A task running longer has its thread ended and is refused with DOCUMENT_TOO_COMPLEX. */
  taskTimeoutMs: number;
  /** Tasks waiting for a thread at most; more are refused with SERVER_BUSY and Retry-After. */
  queueLimit: number;
}

/** Electronic declarations (issue 6). */
export interface DeclarationsConfig {
  /** PKCS#12 with the system's own signing key, which signs delivery receipts. Unset outside production: a key made under the test PKI. */
  receiptP12: string | undefined;
  receiptP12Password: string | undefined;
  /** Largest file attached to a declaration, in bytes. */
  attachmentMaxBytes: number;
  /** Files one declaration may carry. */
  attachmentsPerDeclaration: number;
  /** Largest declaration document accepted (a 999-item goods declaration is well under 2 MiB). */
  documentMaxBytes: number;
  /** The album of formats' XSD directory imported XML is checked against; unset: files are read unchecked. */
  customsXsdDir: string | undefined;
  /** Largest upload of declarations as XML or a zip of them. */
  importMaxBytes: number;
  /**
   * On a PostgreSQL server, submissions are registered on a thread of their own with connections
   * of its own (REGISTRAR_THREAD, on by default; submission/registrar-thread.ts).
   */
  registrarThread: boolean;
}

/** Reference data fetched from outside (issue 5). */
export interface ReferenceConfig {
  /** The National Bank of Kazakhstan's daily rates XML; `{date}` is replaced by DD.MM.YYYY. */
  exchangeRatesUrl: string;
  /** Fetch the day's rates automatically at this Almaty time (HH:MM); unset: never (the default). */
  exchangeRatesDailyAt: string | undefined;
}

/** The public portal (issue 5). */
export interface PortalConfig {
  /** Support requests one client address may file per hour. */
  supportRatePerHour: number;
}

/** Outgoing e-mail (issue 4): every message goes through the outbox. */
export interface MailConfig {
  /** smtp:// or smtps:// URL of the relay. Unset: messages are stored and listed at /dev/mailbox (outside production). */
  smtpUrl: string | undefined;
  /** The From address of every message. */
  from: string;
}

/** Sessions and log-in protection (ACC-6, WD-21, WD-22). */
export interface AuthConfig {
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after log-in, used or not. */
  sessionAbsoluteHours: number;
  /** Failed password log-ins for one login from one address within `lockMinutes` before they pause (AUTH_LOCKED; ten times as many from anywhere). */
  maxFailedLogins: number;
  lockMinutes: number;
  /** Log-in attempts one client address may make per minute. */
  loginRatePerMinute: number;
}

export interface TermsConfig {
  /** Working days a territorial body has to review a credentials request (AST-5). */
  credentialsReviewWorkingDays: number;
  /** Working days to send the notice of the login after the cabinet is created (AST-4). */
  credentialsNoticeWorkingDays: number;
  /** Calendar days to send the Web-declarant access letter after the application (WD-26). */
  accessLetterDays: number;
}

export type RevocationPolicy = 'ocsp-then-crl' | 'crl' | 'ocsp' | 'none';

/** How NCA signatures are checked (issue 3): which roots are trusted and how revocation is learnt. */
export interface SignatureConfig {
  /**
   * Directory of trusted CA certificates (PEM/DER). Unset: in development and test the project's
   * own test PKI (made in DATA_DIR/test-pki on first start) is trusted; in production nothing is,
   * and every signature fails with SIG_UNTRUSTED_CHAIN until the operator's NCA roots are given.
   */
  trustDir: string | undefined;
  /** Directory of CRLs, read at start and whenever a certificate's issuer has none cached. */
  crlDir: string | undefined;
  revocation: RevocationPolicy;
  /** OCSP responder used instead of the one named in the certificate. */
  ocspUrl: string | undefined;
  /** Fetch CRLs from certificates' distribution points and OCSP from their AIA (off: only local CRLs and `ocspUrl`). */
  fetchRevocation: boolean;
  /** Verifications per minute one client address may ask of the public verify endpoint. */
  verifyRatePerMinute: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const databaseReplicaUrls = replicaUrls(env, databaseUrl);
  const environment = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  // Delivery receipts are signed with the system's own key; outside production a test key stands in.
  if (
    environment === 'production' &&
    (optional(env, 'RECEIPT_SIGNING_P12') === undefined || optional(env, 'RECEIPT_SIGNING_PASSWORD') === undefined)
  ) {
    throw new ConfigError(
      'RECEIPT_SIGNING_P12',
      'and RECEIPT_SIGNING_PASSWORD must be set in production: delivery receipts are signed with the system’s key',
    );
  }
  const host = optional(env, 'HOST') ?? 'localhost';
  refuseExposedDevelopment(environment, host, optional(env, 'SIGNATURE_TRUST_DIR'));
  return {
    environment,
    host,
    trustedProxies: trustedProxies(env),
    port: integer(env, 'PORT', 8080, 0, 65535),
    dataDir: path.resolve(cwd, optional(env, 'DATA_DIR') ?? 'data'),
    databaseUrl,
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    databaseReplicaUrls,
    databaseReplicaMaxLagMs: integer(env, 'DATABASE_REPLICA_MAX_LAG_MS', 5_000, 0, 3_600_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    demoData: boolean(env, 'DEMO_DATA', true),
    bodyLimitBytes: integer(env, 'HTTP_BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    outboxLeaseSeconds: integer(env, 'OUTBOX_LEASE_SECONDS', 300, 5, 86_400),
    workers: {
      threads: integer(env, 'WORKER_THREADS', Math.min(2, os.availableParallelism()), 0, 64),
      taskTimeoutMs: integer(env, 'WORKER_TASK_TIMEOUT_MS', 10_000, 100, 600_000),
      queueLimit: integer(env, 'WORKER_QUEUE_LIMIT', 32, 1, 100_000),
    },
    signature: {
      trustDir: directory(env, 'SIGNATURE_TRUST_DIR', cwd),
      crlDir: directory(env, 'SIGNATURE_CRL_DIR', cwd),
      revocation: oneOf(
        env,
        'SIGNATURE_REVOCATION',
        ['ocsp-then-crl', 'crl', 'ocsp', 'none'] as const,
        'ocsp-then-crl',
      ),
      ocspUrl: httpUrl(env, 'SIGNATURE_OCSP_URL'),
      fetchRevocation: boolean(env, 'SIGNATURE_FETCH_REVOCATION', true),
      verifyRatePerMinute: integer(env, 'SIGNATURE_VERIFY_RATE_PER_MINUTE', 120, 1, 1_000_000),
    },
    publicUrl: publicUrl(env, integer(env, 'PORT', 8080, 0, 65535)),
    mail: {
      smtpUrl: smtpUrl(env, 'SMTP_URL'),
      from: optional(env, 'MAIL_FROM') ?? 'Shekara <no-reply@shekara.localhost>',
    },
    auth: {
      sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
      maxFailedLogins: integer(env, 'AUTH_MAX_FAILED_LOGINS', 5, 1, 1000),
      lockMinutes: integer(env, 'AUTH_LOCK_MINUTES', 15, 1, 24 * 60),
      loginRatePerMinute: integer(env, 'AUTH_LOGIN_RATE_PER_MINUTE', 30, 1, 1_000_000),
    },
    terms: {
      credentialsReviewWorkingDays: integer(env, 'CREDENTIALS_REVIEW_WORKING_DAYS', 15, 1, 365),
      credentialsNoticeWorkingDays: integer(env, 'CREDENTIALS_NOTICE_WORKING_DAYS', 1, 1, 365),
      accessLetterDays: integer(env, 'ACCESS_LETTER_DAYS', 7, 1, 365),
    },
    reference: {
      exchangeRatesUrl: httpUrl(env, 'EXCHANGE_RATES_URL') ?? 'https://nationalbank.kz/rss/get_rates.cfm?fdate={date}',
      exchangeRatesDailyAt: timeOfDay(env, 'EXCHANGE_RATES_DAILY_AT'),
    },
    support: {
      email: email(env, 'SUPPORT_EMAIL') ?? 'support@shekara.localhost',
      // A placeholder in the Astana numbering that no one answers: a deployment sets its own.
      phone: phone(env, 'SUPPORT_PHONE') ?? '+7 (7172) 00-00-00',
    },
    portal: {
      supportRatePerHour: integer(env, 'SUPPORT_RATE_PER_HOUR', 10, 1, 100_000),
    },
    declarations: {
      receiptP12:
        optional(env, 'RECEIPT_SIGNING_P12') === undefined
          ? undefined
          : path.resolve(cwd, optional(env, 'RECEIPT_SIGNING_P12')!),
      receiptP12Password: optional(env, 'RECEIPT_SIGNING_PASSWORD'),
      attachmentMaxBytes: integer(env, 'DECLARATION_ATTACHMENT_MAX_BYTES', 10 * 1_048_576, 1024, 100 * 1_048_576),
      attachmentsPerDeclaration: integer(env, 'DECLARATION_ATTACHMENTS_MAX', 50, 1, 1000),
      documentMaxBytes: integer(env, 'DECLARATION_DOCUMENT_MAX_BYTES', 4 * 1_048_576, 65_536, 100 * 1_048_576),
      customsXsdDir:
        optional(env, 'CUSTOMS_XSD_DIR') === undefined
          ? undefined
          : path.resolve(cwd, optional(env, 'CUSTOMS_XSD_DIR')!),
      importMaxBytes: integer(env, 'DECLARATION_IMPORT_MAX_BYTES', 32 * 1_048_576, 65_536, 200 * 1_048_576),
      registrarThread: boolean(env, 'REGISTRAR_THREAD', true),
    },
    metrics: metricsConfig(env),
  };
}

function metricsConfig(env: Env): MetricsConfig {
  const token = optional(env, 'METRICS_TOKEN');
  // A token one could guess, or type by mistake with a space, would guard nothing.
  if (token !== undefined && !/^[\x21-\x7e]{16,}$/.test(token))
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 printable characters without spaces');
  const port = optional(env, 'METRICS_PORT') === undefined ? undefined : integer(env, 'METRICS_PORT', 0, 1, 65535);
  if (port !== undefined && port === integer(env, 'PORT', 8080, 0, 65535))
    throw new ConfigError('METRICS_PORT', `must differ from PORT (${port})`);
  return { token, port, host: optional(env, 'METRICS_HOST') ?? '127.0.0.1' };
}

/**
 * Development mode (the default when NODE_ENV is unset) serves the development mailbox, with its
 * confirmation links and one-time passwords, and the test signer. It may only run as what it is:
 * on the project's own test PKI and on a loopback address. A deployment with real trust roots, or
 * one listening for other machines, that forgot NODE_ENV=production stops here instead.
 */
function refuseExposedDevelopment(environment: Config['environment'], host: string, trustDir: string | undefined) {
  if (environment === 'production') return;
  if (trustDir !== undefined)
    throw new ConfigError(
      'NODE_ENV',
      `is ${environment} while SIGNATURE_TRUST_DIR names trust roots: development mode serves the development mailbox and the test signer, so it runs only on the project's own test PKI. Set NODE_ENV=production for a deployment`,
    );
  if (!isLoopbackHost(host))
    throw new ConfigError(
      'HOST',
      `is "${host}" while NODE_ENV is ${environment}: development mode serves the development mailbox and the test signer, so it listens only on a loopback address (localhost, 127.0.0.1, ::1). Set NODE_ENV=production to serve other machines`,
    );
}

function replicaUrls(env: Env, databaseUrl: string | undefined): string[] {
  const raw = optional(env, 'DATABASE_REPLICA_URL');
  if (raw === undefined) return [];
  if (databaseUrl === undefined)
    throw new ConfigError('DATABASE_REPLICA_URL', 'needs DATABASE_URL: replicas are of a PostgreSQL server');
  const urls = raw
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  const bad = urls.find((url) => !/^postgres(ql)?:\/\/.+/.test(url));
  if (bad !== undefined || urls.length === 0)
    throw new ConfigError('DATABASE_REPLICA_URL', 'must be postgres:// or postgresql:// URLs separated by commas');
  return urls;
}

function trustedProxies(env: Env): string[] {
  const raw = optional(env, 'TRUSTED_PROXIES');
  if (raw === undefined) return [];
  const parsed = parseAddressList(raw);
  if ('invalid' in parsed)
    throw new ConfigError(
      'TRUSTED_PROXIES',
      `must be IP addresses or CIDR ranges separated by commas, got "${parsed.invalid}"`,
    );
  return parsed.addresses;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function directory(env: Env, name: string, cwd: string): string | undefined {
  const raw = optional(env, name);
  return raw === undefined ? undefined : path.resolve(cwd, raw);
}

function publicUrl(env: Env, port: number): string {
  const raw = optional(env, 'PUBLIC_URL');
  if (raw === undefined) return `http://localhost:${port}`;
  if (!/^https?:\/\/[^\s]+$/.test(raw))
    throw new ConfigError('PUBLIC_URL', `must be an http:// or https:// URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function timeOfDay(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(raw)) throw new ConfigError(name, `must be a time of day HH:MM, got "${raw}"`);
  return raw;
}

function smtpUrl(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(raw)) throw new ConfigError(name, `must be an smtp:// or smtps:// URL, got "${raw}"`);
  return raw;
}

function email(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  if (raw.length > 254 || !/^[^\s@<>",;]+@[^\s@<>",;]+$/.test(raw))
    throw new ConfigError(name, `must be one e-mail address, got "${raw}"`);
  return raw;
}

/** Loosely a phone number: what people print, with an optional +, spaces, brackets and dashes, 5 to 15 digits. */
function phone(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  const digits = raw.replace(/\D/g, '').length;
  if (!/^\+?[\d ()-]+$/.test(raw) || raw.length > 30 || digits < 5 || digits > 15)
    throw new ConfigError(name, `must be a phone number such as +7 (7172) 12-34-56, got "${raw}"`);
  return raw;
}

function httpUrl(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new ConfigError(name, `must be an http:// or https:// URL, got "${raw}"`);
  return raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function oneOf<const T extends readonly string[]>(env: Env, name: string, allowed: T, fallback: T[number]): T[number] {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be on or off (true/false, 1/0), got "${raw}"`);
}
