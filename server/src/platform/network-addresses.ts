import net from 'node:net';

/** Whether the server listening on `host` is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return net.isIPv4(bare) && bare.startsWith('127.');
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (IPv4 or IPv6) of the reverse proxies
 * in front of the server. Only a request whose connection comes from one of them has its client
 * address taken from X-Forwarded-For; anyone else could write that header to pose as another
 * address and slip past the per-address rate limits and pauses, or forge the audit log's address.
 * Returns what is invalid, to be reported by the caller, or the list.
 */
export function parseAddressList(raw: string): { addresses: string[] } | { invalid: string } {
  const addresses = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of addresses) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = net.isIP(address ?? '');
    const bits = family === 4 ? 32 : 128;
    const prefixValid = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixValid || rest.length > 0) return { invalid: entry };
  }
  return { addresses };
}

/** Whether a connection's address is one of the addresses or ranges of a list parseAddressList accepted. */
export function addressMatcher(addresses: readonly string[]): (address: string | undefined) => boolean {
  const list = new net.BlockList();
  for (const entry of addresses) {
    const [address = '', prefix] = entry.split('/');
    const type = net.isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    if (address === undefined) return false;
    // An IPv4 client on a dual-stack socket is seen as ::ffff:a.b.c.d.
    const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    const type = net.isIPv4(bare) ? 'ipv4' : net.isIPv6(bare) ? 'ipv6' : undefined;
    return type !== undefined && list.check(bare, type);
  };
}
