import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryOptions } from './database.ts';
import { sharedParsers } from './database.ts';

export interface PgliteOptions {
  /** Directory of the data files; omitted means an in-memory database (tests). */
  dataDir?: string;
  /** A data-directory dump (a tar) to start from instead of running initdb (tests start fast from one). */
  loadDataDir?: Uint8Array;
}

/** Embedded PostgreSQL: one process, one connection; PGlite queues queries behind a running transaction. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    ...(options.loadDataDir ? { loadDataDir: new BytesBlob(options.loadDataDir) } : {}),
    ...(await pgliteRuntime()),
    // PostgreSQL's 128 MB of shared buffers cost the embedded server about half a second at every
    // start (WebAssembly memory set up page by page); one process with one connection, on files
    // the operating system caches anyway, is served as well by 16 MB.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
    parsers: sharedParsers,
  });
  const wrap = (target: PGlite | Transaction, lane?: Lane): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      const run = () => target.query<Row>(sql, params as unknown[]);
      const result = await (lane ? lane(run, options.urgent) : run());
      // PGlite counts a SELECT's rows as 0 affected; node-postgres counts them as rows: match node-postgres.
      return { rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      const run = () => target.exec(sql);
      await (lane ? lane(run) : run());
    },
  });
  const lane = inTurn();
  return {
    kind: 'pglite',
    pglite,
    ...wrap(pglite, lane),
    // A transaction's statements run in its turn, one after another; only the transaction waits for a turn.
    transaction: (work) => lane(() => pglite.transaction((tx) => work(wrap(tx)))),
    // One process, one session: the notifications it hears are its own, after each commit; it is never lost.
    async listen(channel, listener) {
      const stop = await pglite.listen(channel, (payload) => listener.notice(payload));
      return async () => {
        if (!pglite.closed) await stop();
      };
    },
    close: () => pglite.close(),
  };
}

/** How long queries may follow one another before the requests waiting meanwhile are let in. */
const sliceMs = 10;

type Lane = <T>(work: () => Promise<T>, urgent?: boolean) => Promise<T>;

/**
 * The database's work one piece at a time, as PGlite runs it anyway (on this thread: a query holds
 * it until answered), but in turns of our own:
 * - after `sliceMs` of queries one after another, the next waits until the event loop has looked
 *   for I/O, so a chain of them (the start-up's warm-up, an import) lets the requests that arrive
 *   meanwhile in; awaited one after another they would run as one long task, and a request would
 *   wait for all of them;
 * - an urgent piece (a health check) goes before the others waiting.
 * The first /health after a start waited about 0.15 s for the warm-up's queries.
 */
function inTurn(): Lane {
  const waiting: (() => void)[] = [];
  let running = false;
  let sliceStarted = performance.now();
  const next = () => {
    const start = waiting.shift();
    running = start !== undefined;
    if (!start) return;
    if (performance.now() - sliceStarted < sliceMs) {
      queueMicrotask(start);
      return;
    }
    setImmediate(() => {
      sliceStarted = performance.now();
      start();
    });
  };
  return (work, urgent = false) =>
    new Promise((resolve, reject) => {
      const start = () => {
        work().then(resolve, reject).finally(next);
      };
      if (urgent) waiting.unshift(start);
      else waiting.push(start);
      if (!running) next();
    });
}

type PgliteRuntime = { pgliteWasmModule?: WebAssembly.Module; fsBundle?: Blob };
let runtime: Promise<PgliteRuntime> | undefined;

/**
 * PGlite's WebAssembly compiled, and its file bundle read, once per process rather than at every
 * start: the command line and the test suites open many databases in one process. Left to PGlite
 * when its files are not where this version keeps them.
 */
function pgliteRuntime(): Promise<PgliteRuntime> {
  runtime ??= loadRuntime();
  return runtime;
}

async function loadRuntime(): Promise<PgliteRuntime> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const wasm = path.join(dist, 'pglite.wasm');
  const bundle = path.join(dist, 'pglite.data');
  if (!fs.existsSync(wasm) || !fs.existsSync(bundle)) return {};
  return {
    pgliteWasmModule: await WebAssembly.compile(fs.readFileSync(wasm)),
    fsBundle: new BytesBlob(fs.readFileSync(bundle)),
  };
}

/**
 * A Blob over bytes already in memory. Node reads a Blob made from a Buffer back through a stream
 * of small chunks, which cost every start from a 40 MB dump about 0.4 s of CPU; PGlite asks only
 * for the whole `arrayBuffer()`.
 */
class BytesBlob extends Blob {
  constructor(private readonly contents: Uint8Array) {
    super([]);
  }

  override get size(): number {
    return this.contents.byteLength;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: PGlite may keep or transfer what it is given, and the caller may open another from the same bytes.
    return Promise.resolve(new Uint8Array(this.contents).buffer);
  }
}
