/** The public reference pages (issue 5 point 9). */
export const referencePath = '/reference';
export const tnvedPath = '/reference/tnved';
export const tnvedCodePath = (code: string) => `/reference/tnved/${encodeURIComponent(code)}`;
export const customsOfficesPath = '/reference/customs-offices';
export const classifiersPath = '/reference/classifiers';
export const classifierPath = (name: string) => `/reference/classifiers/${encodeURIComponent(name)}`;
export const exchangeRatesPath = '/reference/exchange-rates';

/** A page path with its query, leaving out empty values so shared links stay short. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
