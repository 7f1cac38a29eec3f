/**
 * The one database interface every repository uses. Two drivers implement it: PGlite (embedded
 * PostgreSQL in WebAssembly, the default) and node-postgres (a real server via DATABASE_URL).
 * SQL is always parameterised ($1, $2, …); both drivers run the very same statements.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement parsed and planned on each connection (PostgreSQL server: a named
   * prepared statement; PGlite ignores it). For fixed SQL text run on every request or batch,
   * so the server parses it once per connection instead of every time.
   */
  prepare?: boolean;
  /**
   * Run before the work already waiting where the database runs one thing at a time (PGlite): the
   * health checks', which must not wait behind the start-up's warm-up. A server's pool ignores it.
   */
  urgent?: boolean;
  /**
   * The transaction's last statement: on a server the commit is written right behind it, so the
   * two share a round trip, and the transaction still commits only once its work resolves.
   * Nothing may be asked of the transaction after it. Ignored outside a transaction and on PGlite.
   */
  last?: boolean;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Hears the notifications sent on `channel` (LISTEN) from every session, this process's too,
   * each as it is committed; resolves once listening, with a function that stops. A database
   * wrapper that leaves it out has no notifications (change-feed.ts then relies on its own look).
   */
  listen?(channel: string, listener: NotificationListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /**
   * How to open another connection to the same server and schema (a PostgreSQL server only): for
   * a thread of the process's own that keeps connections of its own (the registrar's thread).
   */
  readonly connection?: { connectionString: string; searchPath?: string };
}

export interface NotificationListener {
  /** One notification's payload. */
  notice(payload: string): void;
  /** The listening connection was lost (a server restart, the network): notifications may be missed from now. */
  lost?(error: unknown): void;
  /** Listening again after a loss: whatever was sent meanwhile was missed. */
  reconnected?(): void;
}

/** PostgreSQL type OIDs whose text form we parse the same way on both drivers. */
export const typeOid = { int8: 20, date: 1082, numeric: 1700 } as const;

/**
 * int8 becomes a JS number, and refuses to round silently: counts and ids fit, anything larger
 * is a bug to surface, not a value to corrupt. numeric stays a string (decimals are never floats);
 * date stays 'YYYY-MM-DD' so no time zone can shift a calendar day.
 */
export const sharedParsers: Record<number, (text: string) => unknown> = {
  [typeOid.int8]: (text) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds the safe integer range`);
    return value;
  },
  [typeOid.date]: (text) => text,
  [typeOid.numeric]: (text) => text,
};
