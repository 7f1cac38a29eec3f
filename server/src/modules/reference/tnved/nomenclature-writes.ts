/**
 * Counts this process's writes to the nomenclature, so the in-memory search index is rebuilt
 * before its next answer instead of waiting for its periodic look at the table.
 */
let writes = 0;

export function nomenclatureChanged(): void {
  writes++;
}

export function nomenclatureWrites(): number {
  return writes;
}
