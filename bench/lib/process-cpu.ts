import fs from 'node:fs';

/**
 * CPU time used so far, in seconds, by the processes `which` picks (by pid and command name),
 * read from /proc: Linux only, null elsewhere. Benchmarks print CPU per operation with it, a
 * steadier figure than throughput on a machine whose cores the server, the database and the
 * load generator share.
 */
export function cpuSeconds(which: (pid: number, command: string) => boolean): number | null {
  const times = cpuTimes(which);
  return times && times.user + times.kernel;
}

/** As `cpuSeconds`, split into time in the process's own code and in the kernel on its behalf. */
export function cpuTimes(which: (pid: number, command: string) => boolean): { user: number; kernel: number } | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux the project runs on
  let user = 0;
  let kernel = 0;
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
    user += Number(fields[11]); // utime
    kernel += Number(fields[12]); // stime
  }
  return { user: user / ticksPerSecond, kernel: kernel / ticksPerSecond };
}

/**
 * The whole machine's CPU time so far, in seconds by kind, from /proc/stat (Linux only, null
 * elsewhere): what the cores did besides the processes a benchmark watches — the kernel's network
 * work (softirq) is charged to no process, and `steal` is time other guests of the host took.
 */
export function machineCpu(): Record<'user' | 'system' | 'softirq' | 'steal' | 'idle', number> | null {
  let text: string;
  try {
    text = fs.readFileSync('/proc/stat', 'utf8');
  } catch {
    return null;
  }
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = text.slice(0, text.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
  const seconds = (ticks: number) => ticks / 100;
  return {
    user: seconds(fields[0]! + fields[1]!),
    system: seconds(fields[2]! + fields[5]!),
    softirq: seconds(fields[6]!),
    steal: seconds(fields[7] ?? 0),
    idle: seconds(fields[3]! + fields[4]!),
  };
}
