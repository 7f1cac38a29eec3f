import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A change the user asks of the server: while it runs `pending` is true, a refusal stays in
 * `error` for ServerRefusalAlert, and on success the queries it affects are read again.
 */
export function useAction<Args extends unknown[], Result>(
  act: (...args: Args) => Promise<Result>,
  affects: readonly QueryKey[] = [],
) {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (args: Args) => act(...args),
    onSuccess: () => Promise.all(affects.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  return {
    /** Runs the action; the answer, or undefined when it was refused (the refusal is in `error`). */
    run: (...args: Args): Promise<Result | undefined> => mutation.mutateAsync(args).catch(() => undefined),
    pending: mutation.isPending,
    /** idle, pending, success or error: a page that runs its action by itself shows where it stands. */
    status: mutation.status,
    /** What the running (or last) action was asked with: which row's button spins. */
    args: mutation.variables,
    error: mutation.error ?? undefined,
    /** What the last run answered, until the next one starts: a page that shows the answer itself. */
    value: mutation.data,
    reset: mutation.reset,
  };
}
