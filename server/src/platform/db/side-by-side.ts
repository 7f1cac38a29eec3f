/**
 * Steps of one transaction that need nothing of one another, run side by side. On a server the
 * connection is pipelined (postgres.ts): the statements the steps ask for in the same turn leave
 * together, so a transaction of three such steps of four statements each takes four round trips
 * instead of twelve. On PGlite they run one after another, in the order asked, as before.
 *
 * Unlike `Promise.all`, it waits for every step to stop before it throws, and throws the first
 * failure (the one whose error ended the transaction; the statements after it fail only because it
 * is aborted): no step is left running a statement once the caller rolls back and hands the
 * connection on.
 */
export async function sideBySide<const T extends readonly Promise<unknown>[]>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  let failure: { error: unknown } | undefined;
  const results = await Promise.all(
    steps.map((step) =>
      step.catch((error: unknown) => {
        failure ??= { error };
        return undefined;
      }),
    ),
  );
  if (failure) throw failure.error;
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
