import { execFileSync } from 'node:child_process';

/**
 * The cluster test's hosts: one network namespace each, joined by a bridge in the test's own
 * namespace, which is the network's gateway (10.77.0.1) and where the test itself runs. Each host
 * has its own loopback and its own address, so a process on one reaches another only over the
 * bridge, as separate machines would.
 */
export interface Host {
  name: string;
  namespace: string;
  address: string;
}

const bridge = 'shkbr0';
const subnet = '10.77.0';
export const gateway = `${subnet}.1`;

function ip(...args: string[]) {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function quietly(run: () => void) {
  try {
    run();
  } catch {
    // already gone
  }
}

/** Why the cluster test cannot run here, or null: it needs root, iproute2 and network namespaces. */
export function networkUnavailableReason(): string | null {
  if (process.getuid?.() !== 0) return 'the cluster test makes network namespaces, which needs root';
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
  } catch {
    return 'iproute2 (`ip netns`) is not installed';
  }
  return null;
}

/** Removes what an earlier run left behind: its namespaces, their links and the bridge. */
export function removeNetwork() {
  const namespaces = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter((name) => name.startsWith('shk-'));
  for (const namespace of namespaces) quietly(() => ip('netns', 'del', namespace));
  quietly(() => ip('link', 'del', bridge));
}

/** Makes one host per name, addressed 10.77.0.11, .12, … in the order given. */
export function createNetwork(names: readonly string[]): Record<string, Host> {
  removeNetwork();
  ip('link', 'add', bridge, 'type', 'bridge');
  ip('addr', 'add', `${gateway}/24`, 'dev', bridge);
  ip('link', 'set', bridge, 'up');
  const hosts: Record<string, Host> = {};
  names.forEach((name, index) => {
    const namespace = `shk-${name}`;
    const address = `${subnet}.${11 + index}`;
    const outside = `shk${index}h`;
    const inside = `shk${index}n`;
    ip('netns', 'add', namespace);
    ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
    ip('link', 'set', inside, 'netns', namespace);
    ip('link', 'set', outside, 'master', bridge);
    ip('link', 'set', outside, 'up');
    const within = (...args: string[]) => ip('netns', 'exec', namespace, 'ip', ...args);
    within('link', 'set', 'lo', 'up');
    within('link', 'set', inside, 'name', 'eth0');
    within('addr', 'add', `${address}/24`, 'dev', 'eth0');
    within('link', 'set', 'eth0', 'up');
    within('route', 'add', 'default', 'via', gateway);
    hosts[name] = { name, namespace, address };
  });
  return hosts;
}

/** The command line that runs `command` on `host` (inside its namespace). */
export function onHost(host: Host, command: readonly string[]): string[] {
  return ['ip', 'netns', 'exec', host.namespace, ...command];
}
