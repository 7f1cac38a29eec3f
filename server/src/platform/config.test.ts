import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has a working default for every variable, so `npm start` needs none', () => {
    const config = loadConfig({}, '/srv/shekara');
    expect(config).toEqual({
      environment: 'development',
      host: 'localhost',
      port: 8080,
      trustedProxies: [],
      dataDir: '/srv/shekara/data',
      databaseUrl: undefined,
      databasePoolSize: 10,
      databaseReplicaUrls: [],
      databaseReplicaMaxLagMs: 5_000,
      logLevel: 'info',
      demoData: true,
      bodyLimitBytes: 1_048_576,
      shutdownTimeoutMs: 10_000,
      outboxLeaseSeconds: 300,
      workers: { threads: Math.min(2, os.availableParallelism()), taskTimeoutMs: 10_000, queueLimit: 32 },
      signature: {
        trustDir: undefined,
        crlDir: undefined,
        revocation: 'ocsp-then-crl',
        ocspUrl: undefined,
        fetchRevocation: true,
        verifyRatePerMinute: 120,
      },
      publicUrl: 'http://localhost:8080',
      mail: { smtpUrl: undefined, from: 'Shekara <no-reply@shekara.localhost>' },
      auth: {
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 12,
        maxFailedLogins: 5,
        lockMinutes: 15,
        loginRatePerMinute: 30,
      },
      terms: { credentialsReviewWorkingDays: 15, credentialsNoticeWorkingDays: 1, accessLetterDays: 7 },
      reference: {
        exchangeRatesUrl: 'https://nationalbank.kz/rss/get_rates.cfm?fdate={date}',
        exchangeRatesDailyAt: undefined,
      },
      support: { email: 'support@shekara.localhost', phone: '+7 (7172) 00-00-00' },
      portal: { supportRatePerHour: 10 },
      declarations: {
        receiptP12: undefined,
        receiptP12Password: undefined,
        attachmentMaxBytes: 10_485_760,
        attachmentsPerDeclaration: 50,
        documentMaxBytes: 4_194_304,
        customsXsdDir: undefined,
        importMaxBytes: 33_554_432,
        registrarThread: true,
      },
      metrics: { token: undefined, port: undefined, host: '127.0.0.1' },
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        PORT: '9090',
        DATA_DIR: '/var/lib/shekara',
        DATABASE_URL: 'postgres://app@db.internal:5432/shekara',
        DATABASE_POOL_SIZE: '20',
        DATABASE_REPLICA_URL:
          'postgres://app@replica-1.internal:5432/shekara, postgresql://app@replica-2.internal/shekara',
        DATABASE_REPLICA_MAX_LAG_MS: '2000',
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'off',
        HTTP_BODY_LIMIT_BYTES: '2048',
        SHUTDOWN_TIMEOUT_MS: '500',
        OUTBOX_LEASE_SECONDS: '60',
        WORKER_THREADS: '4',
        WORKER_TASK_TIMEOUT_MS: '3000',
        WORKER_QUEUE_LIMIT: '8',
        SIGNATURE_TRUST_DIR: 'etc/nca/roots',
        SIGNATURE_CRL_DIR: '/var/lib/nca/crl',
        SIGNATURE_REVOCATION: 'crl',
        SIGNATURE_OCSP_URL: 'http://ocsp.example.kz/',
        SIGNATURE_FETCH_REVOCATION: 'off',
        SIGNATURE_VERIFY_RATE_PER_MINUTE: '30',
        PUBLIC_URL: 'https://keden.example.kz/',
        SMTP_URL: 'smtps://mailer:secret@mail.example.kz:465',
        MAIL_FROM: 'Keden <no-reply@keden.example.kz>',
        SESSION_IDLE_MINUTES: '20',
        SESSION_ABSOLUTE_HOURS: '8',
        AUTH_MAX_FAILED_LOGINS: '3',
        AUTH_LOCK_MINUTES: '30',
        AUTH_LOGIN_RATE_PER_MINUTE: '10',
        CREDENTIALS_REVIEW_WORKING_DAYS: '10',
        CREDENTIALS_NOTICE_WORKING_DAYS: '2',
        ACCESS_LETTER_DAYS: '5',
        EXCHANGE_RATES_URL: 'http://127.0.0.1:9999/rates?d={date}',
        EXCHANGE_RATES_DAILY_AT: '09:30',
        SUPPORT_EMAIL: 'help@keden.example.kz',
        SUPPORT_PHONE: '+7 (7172) 55-12-34',
        SUPPORT_RATE_PER_HOUR: '3',
        RECEIPT_SIGNING_P12: 'etc/shekara/receipts.p12',
        RECEIPT_SIGNING_PASSWORD: 'receipt secret',
        DECLARATION_ATTACHMENT_MAX_BYTES: '2048',
        DECLARATION_ATTACHMENTS_MAX: '7',
        DECLARATION_DOCUMENT_MAX_BYTES: '100000',
        CUSTOMS_XSD_DIR: '/etc/shekara/xsd',
        TRUSTED_PROXIES: '10.0.0.7, 10.1.0.0/16,fd00::/8',
        METRICS_TOKEN: 'prometheus-scrape-0123456789',
        METRICS_PORT: '9464',
        METRICS_HOST: '10.0.0.5',
      },
      '/',
    );
    expect(config).toMatchObject({
      environment: 'production',
      host: '0.0.0.0',
      port: 9090,
      trustedProxies: ['10.0.0.7', '10.1.0.0/16', 'fd00::/8'],
      dataDir: '/var/lib/shekara',
      databaseUrl: 'postgres://app@db.internal:5432/shekara',
      databasePoolSize: 20,
      databaseReplicaUrls: [
        'postgres://app@replica-1.internal:5432/shekara',
        'postgresql://app@replica-2.internal/shekara',
      ],
      databaseReplicaMaxLagMs: 2_000,
      logLevel: 'warn',
      demoData: false,
      bodyLimitBytes: 2048,
      shutdownTimeoutMs: 500,
      outboxLeaseSeconds: 60,
      workers: { threads: 4, taskTimeoutMs: 3000, queueLimit: 8 },
      signature: {
        trustDir: '/etc/nca/roots',
        crlDir: '/var/lib/nca/crl',
        revocation: 'crl',
        ocspUrl: 'http://ocsp.example.kz/',
        fetchRevocation: false,
        verifyRatePerMinute: 30,
      },
      publicUrl: 'https://keden.example.kz',
      mail: { smtpUrl: 'smtps://mailer:secret@mail.example.kz:465', from: 'Keden <no-reply@keden.example.kz>' },
      auth: {
        sessionIdleMinutes: 20,
        sessionAbsoluteHours: 8,
        maxFailedLogins: 3,
        lockMinutes: 30,
        loginRatePerMinute: 10,
      },
      terms: { credentialsReviewWorkingDays: 10, credentialsNoticeWorkingDays: 2, accessLetterDays: 5 },
      reference: { exchangeRatesUrl: 'http://127.0.0.1:9999/rates?d={date}', exchangeRatesDailyAt: '09:30' },
      support: { email: 'help@keden.example.kz', phone: '+7 (7172) 55-12-34' },
      portal: { supportRatePerHour: 3 },
      declarations: {
        receiptP12: '/etc/shekara/receipts.p12',
        receiptP12Password: 'receipt secret',
        attachmentMaxBytes: 2048,
        attachmentsPerDeclaration: 7,
        documentMaxBytes: 100_000,
        customsXsdDir: '/etc/shekara/xsd',
        importMaxBytes: 33_554_432,
        registrarThread: true,
      },
      metrics: { token: 'prometheus-scrape-0123456789', port: 9464, host: '10.0.0.5' },
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'mysql://root@localhost/db'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_REPLICA_URL', 'postgres://replica/db'],
    ['DATABASE_REPLICA_MAX_LAG_MS', 'a while'],
    ['LOG_LEVEL', 'verbose'],
    ['NODE_ENV', 'staging'],
    ['DEMO_DATA', 'maybe'],
    ['HTTP_BODY_LIMIT_BYTES', '1.5'],
    ['SHUTDOWN_TIMEOUT_MS', 'soon'],
    ['SIGNATURE_REVOCATION', 'always'],
    ['SIGNATURE_OCSP_URL', 'ldap://ocsp'],
    ['SIGNATURE_FETCH_REVOCATION', 'sometimes'],
    ['SIGNATURE_VERIFY_RATE_PER_MINUTE', '0'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['TRUSTED_PROXIES', '10.0.0.1, proxy.internal'],
    ['SUPPORT_EMAIL', 'support desk'],
    ['SUPPORT_EMAIL', 'a@b.kz, c@d.kz'],
    ['SUPPORT_PHONE', 'call us'],
    ['SUPPORT_PHONE', '+7 12'],
    ['SUPPORT_PHONE', '+7 (7172) 00-00-00 ext. 5'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_TOKEN', 'a token with spaces in it'],
    ['METRICS_PORT', '0'],
    ['METRICS_PORT', '8080'],
  ])('refuses %s=%s with an error naming the variable', (variable, value) => {
    let caught: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toMatch(new RegExp(`^${variable}: `));
    expect((caught as ConfigError).message).not.toContain('\n');
  });

  // Issue 14 point 5: development mode serves the development mailbox and the test signer.
  it.each([
    [{ SIGNATURE_TRUST_DIR: '/etc/nca/roots' }, 'NODE_ENV'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ NODE_ENV: 'test', HOST: '192.0.2.10' }, 'HOST'],
    [{ NODE_ENV: 'development', HOST: '::' }, 'HOST'],
  ])('refuses to start in development mode with real trust roots or on a public address: %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: .*NODE_ENV=production`));
  });

  it('starts in development mode on loopback with the test PKI, and in production anywhere', () => {
    for (const host of ['localhost', '127.0.0.1', '127.0.1.1', '::1', '[::1]'])
      expect(loadConfig({ HOST: host }).host).toBe(host);
    const production = { RECEIPT_SIGNING_P12: 'r.p12', RECEIPT_SIGNING_PASSWORD: 'x' };
    expect(loadConfig({ ...production, NODE_ENV: 'production', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('takes a support phone as people print it (REG-13)', () => {
    for (const phone of ['+7 (7172) 55-12-34', '8 800 080 7777', '+77172551234'])
      expect(loadConfig({ SUPPORT_PHONE: phone }).support.phone).toBe(phone);
  });

  it('takes read replicas only of a PostgreSQL server, as URLs, and never prints their passwords (issue 20 point 2)', () => {
    const primary = { DATABASE_URL: 'postgres://app@db.internal/shekara' };
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://replica/db' })).toThrow(
      /^DATABASE_REPLICA_URL: needs DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ ...primary, DATABASE_REPLICA_URL: 'postgres://replica/db, mysql://u:secret@x/db' }),
    ).toThrow(/^DATABASE_REPLICA_URL: must be postgres:\/\/ or postgresql:\/\/ URLs separated by commas$/);
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URL: ' , ' })).toThrow(/^DATABASE_REPLICA_URL: /);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ' }).port).toBe(8080);
  });
});
