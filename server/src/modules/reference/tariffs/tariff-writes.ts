/**
 * Counts this process's writes to the rates, so the in-memory rates (rates-memory.ts) are read
 * again before their next answer instead of waiting for their periodic look at the tables.
 */
let writes = 0;

export function tariffsChanged(): void {
  writes++;
}

export function tariffWrites(): number {
  return writes;
}
