/** One sample of Prometheus' exposition text: `name{labels} value`, the labels as written; undefined when absent. */
export function sampleOf(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}
