import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import pino from 'pino';
import { buildApp } from '../app.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';

/** The real HTTP application on a test database, reached through `app.inject()`. */
export async function buildTestApp(db: Database, options: { logger?: Logger; webDistDir?: string; bodyLimitBytes?: number; clock?: Clock } = {}) {
  return buildApp({
    config: { bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576 },
    db,
    logger: options.logger ?? pino({ level: 'silent' }),
    clock: options.clock,
    webDistDir: options.webDistDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-no-web-')),
  });
}
