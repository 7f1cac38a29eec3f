import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogues as merged } from './catalogues.ts';

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(name, value);
    else flatten(value, name).forEach((v, k) => entries.set(k, v));
  }
  return entries;
}

const catalogues = { kk: flatten(merged.kk), ru: flatten(merged.ru), en: flatten(merged.en) };

/**
 * i18next's plural forms: `x_one`, `x_few`, `x_many`, `x_other` are the text of `x` for each plural
 * category of the language (a key ending so without an `_one` beside it is an ordinary key).
 */
function pluralBase(entries: Map<string, string>, key: string): string | undefined {
  const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
  return base !== key && entries.has(`${base}_one`) ? base : undefined;
}

/** A catalogue's keys, each plural set named once by its base key: a language that needs no agreement keeps the plain key. */
const keysOf = (entries: Map<string, string>) =>
  [...new Set([...entries.keys()].map((key) => pluralBase(entries, key) ?? key))].sort();

/** A key a page asks for is there: as it is, or as a plural set. */
const hasKey = (entries: Map<string, string>, key: string) => entries.has(key) || entries.has(`${key}_one`);
const webSrc = fileURLToPath(new URL('../', import.meta.url));

describe('the web app’s catalogues', () => {
  it('have the same keys in kk, ru and en, none empty', () => {
    const keys = keysOf(catalogues.ru);
    expect(keysOf(catalogues.kk)).toEqual(keys);
    expect(keysOf(catalogues.en)).toEqual(keys);
    for (const [language, entries] of Object.entries(catalogues)) {
      for (const [key, text] of entries) expect(text.trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it('give a plural set every plural category of its language (Russian one, few, many, other)', () => {
    const missing = Object.entries(catalogues).flatMap(([language, entries]) => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const bases = new Set([...entries.keys()].flatMap((key) => pluralBase(entries, key) ?? []));
      return [...bases].flatMap((base) =>
        categories.filter((category) => !entries.has(`${base}_${category}`)).map((c) => `${language}:${base}_${c}`),
      );
    });
    expect(missing).toEqual([]);
  });

  it('translate: Kazakh and English texts differ from Russian (except names and language labels)', () => {
    const sameEverywhere = new Set(['language.kk', 'language.ru', 'language.en']);
    // words the glossary gives Kazakh and Russian alike (glossary 7, 29)
    const sameInKazakh = new Set(['app.name', 'логин', 'декларант']);
    for (const [key, russian] of catalogues.ru) {
      if (sameEverywhere.has(key)) continue;
      expect(catalogues.en.get(key), `en:${key}`).not.toBe(russian);
      if (!sameInKazakh.has(key) && !sameInKazakh.has(russian.toLowerCase()))
        expect(catalogues.kk.get(key), `kk:${key}`).not.toBe(russian);
    }
  });

  it('contain every literal key the components ask for', () => {
    for (const file of sourceFiles(webSrc, '.tsx')) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'[,)]/g)) {
        expect(hasKey(catalogues.ru, match[1]!), `${path.relative(webSrc, file)}: ${match[1]}`).toBe(true);
      }
    }
  });
});

describe('components', () => {
  it('hold no hard-coded user-visible text: all of it comes from the catalogues', () => {
    const offences: string[] = [];
    const visibleAttributes = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label', 'description']);
    for (const file of sourceFiles(webSrc, '.tsx')) {
      const source = ts.createSourceFile(
        file,
        fs.readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.getText()))
          offences.push(`${path.relative(webSrc, file)}: "${node.getText().trim()}"`);
        if (
          ts.isJsxAttribute(node) &&
          visibleAttributes.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          offences.push(`${path.relative(webSrc, file)}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offences).toEqual([]);
  });
});

function sourceFiles(dir: string, extension: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : sourceFiles(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}
