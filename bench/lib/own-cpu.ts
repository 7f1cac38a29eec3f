import { execFileSync } from 'node:child_process';

/** How long each measurement runs, in seconds of CPU time (BENCH_SECONDS, 3 by default). */
export const benchSeconds = Number(process.env.BENCH_SECONDS ?? 3);

/**
 * CPU time this process has used, in seconds: rates are per second of it, so that other work on a
 * shared machine does not count against them (on an idle machine CPU time and wall time agree).
 */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * OpenSSL's RSA-2048 verifications per second as `openssl speed` prints it, the scale the
 * signature figures are read against; undefined when its output has no such line. Throws when
 * there is no openssl.
 */
export function opensslRsa2048Verify(): string | undefined {
  const output = execFileSync('openssl', ['speed', '-seconds', String(benchSeconds), 'rsa2048'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = output.split('\n').find((l) => /^rsa\s+2048/.test(l.trim()));
  return line?.trim().split(/\s+/).at(-1);
}
