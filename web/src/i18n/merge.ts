export type Catalogue = { [key: string]: string | Catalogue };

/**
 * One language's texts: the shared catalogue (locales/) merged with each feature's own
 * (features/<name>/locales/{kk,ru,en}.json), so a feature brings its texts along with its code.
 * A key defined twice is a mistake, reported rather than silently overwritten.
 */
export function mergeCatalogues(base: Catalogue, features: readonly (readonly [file: string, Catalogue])[]): Catalogue {
  const result = structuredClone(base);
  for (const [file, catalogue] of features) mergeInto(result, catalogue, file);
  return result;
}

function mergeInto(target: Catalogue, source: Catalogue, file: string, prefix = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'string' || existing === undefined) {
      if (existing !== undefined) throw new Error(`${file}: the text ${prefix}${key} is defined twice`);
      target[key] = value;
    } else if (typeof existing === 'string') {
      throw new Error(`${file}: ${prefix}${key} is both a text and a group`);
    } else {
      mergeInto(existing, value, file, `${prefix}${key}.`);
    }
  }
}
