import fs from 'node:fs';

/**
 * CPU time used so far, in seconds, by the processes `which` picks (by pid and command name),
 * read from /proc: Linux only, null elsewhere. Benchmarks print CPU per operation with it, a
 * steadier figure than throughput on a machine whose cores the server, the database and the
 * load generator share.
 */
export function cpuSeconds(which: (pid: number, command: string) => boolean): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux the project runs on
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const close = stat.lastIndexOf(')');
    const command = stat.slice(stat.indexOf('(') + 1, close);
    if (!which(Number(entry), command)) continue;
    const fields = stat.slice(close + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
  }
  return ticks / ticksPerSecond;
}
