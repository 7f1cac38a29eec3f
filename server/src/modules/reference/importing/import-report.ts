/**
 * What every reference import reports (issue 5 point 3): a progress bar while it runs and a
 * summary at the end — rows added, changed, unchanged, and every rejected row with its line and
 * reason (a row is never dropped silently, never guessed).
 */
export interface RejectedRow {
  /** where the row is: a line number, or a path into a JSON file */
  line: number | string;
  reason: string;
  /** the text of the row, shortened */
  text?: string;
}

export interface ImportSummary {
  what: string;
  added: number;
  changed: number;
  unchanged: number;
  rejected: RejectedRow[];
}

export interface Progress {
  /** `done` of `total` rows read (total unknown: 0) */
  update(done: number, total: number): void;
  finish(): void;
}

/**
 * A progress bar on the operator's terminal, redrawn at most ten times a second; silent without
 * one (CI logs, pipes, tests), so output stays clean.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream | undefined): Progress {
  if (!stream?.isTTY) return { update() {}, finish() {} };
  let last = 0;
  const draw = (done: number, total: number) => {
    const width = 30;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(share * width);
    const percent = total > 0 ? ` ${Math.floor(share * 100)}%` : '';
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}${total > 0 ? `/${total}` : ''}${percent}`,
    );
  };
  let latest: [number, number] = [0, 0];
  return {
    update(done, total) {
      latest = [done, total];
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done, total);
    },
    finish() {
      draw(...latest);
      stream.write('\n');
    },
  };
}

/** The summary as printed by the CLI: counts on one line, then each rejected row (at most `limit`). */
export function formatSummary(summary: ImportSummary, limit = 200): string {
  const lines = [
    `${summary.what}: ${summary.added} added, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.rejected.length} rejected`,
  ];
  for (const row of summary.rejected.slice(0, limit)) {
    lines.push(
      `  rejected at ${row.line}: ${row.reason}${row.text ? ` — ${row.text.length > 120 ? `${row.text.slice(0, 117)}...` : row.text}` : ''}`,
    );
  }
  if (summary.rejected.length > limit) lines.push(`  … and ${summary.rejected.length - limit} more rejected rows`);
  return lines.join('\n');
}
