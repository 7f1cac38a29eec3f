/**
 * The test's stand-in for a load balancer: requests go to the nodes in turn; a node whose
 * connection is refused or reset is left out for a moment and the request is sent to the next
 * one, as a balancer with health checks would. A submission sent again this way carries the same
 * idempotency key, so the node that gets it answers for the same submission.
 */
export class Balancer {
  private next = 0;
  private readonly downUntil = new Map<string, number>();
  /** requests sent again to another node after a connection failed */
  retried = 0;

  constructor(private readonly nodes: readonly string[]) {}

  /** Runs `request` on a node, moving on to the next while connections fail; gives up after `deadlineMs`. */
  async send<T>(request: (baseUrl: string) => Promise<T>, deadlineMs = 30_000): Promise<T> {
    const deadline = Date.now() + deadlineMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      const node = this.pick();
      try {
        return await request(node);
      } catch (error) {
        lastError = error;
        this.downUntil.set(node, Date.now() + 500);
        this.retried++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw lastError;
  }

  private pick(): string {
    const now = Date.now();
    for (let tries = 0; tries < this.nodes.length; tries++) {
      const node = this.nodes[this.next++ % this.nodes.length]!;
      if ((this.downUntil.get(node) ?? 0) <= now) return node;
    }
    return this.nodes[this.next++ % this.nodes.length]!;
  }
}
