import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package must stay publishable on its own: every file imports only Node's built-ins, the
// package's declared dependencies (development ones from tests only) and its own files — never the
// application around it (../../server, @shekara/contracts…).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
const development = new Set(Object.keys(manifest.devDependencies ?? {}));

const specifierPatterns = [
  /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*(?:as\s+\w+\s*)?from\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'build' ? [] : sourceFiles(full);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

function specifiers(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of specifierPatterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function problem(file: string, specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    if (path.relative(packageDir, target).startsWith('..')) return 'reaches outside the package';
    return fs.existsSync(target) ? null : 'names a file that does not exist';
  }
  const name = packageName(specifier);
  if (runtime.has(name)) return null;
  const isTest = /\.test\.ts$/.test(file);
  if (development.has(name)) return isTest ? null : 'is a development dependency, for tests only';
  return 'is not a declared dependency (a Node built-in must be written node:…)';
}

describe('the package depends on nothing of the application', () => {
  const files = [
    ...sourceFiles(path.join(packageDir, 'src')),
    ...sourceFiles(path.join(packageDir, 'scripts')),
    ...sourceFiles(path.join(packageDir, 'native')),
  ];

  it('finds the package’s files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => specifiers(fs.readFileSync(file, 'utf8'))).length).toBeGreaterThan(300);
  });

  it('imports only node:*, declared dependencies and its own files', () => {
    const problems = files.flatMap((file) =>
      specifiers(fs.readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = problem(file, specifier);
        return why ? [`${path.relative(packageDir, file)}: '${specifier}' ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('tells a reach into the application from an import of its own', () => {
    const file = path.join(packageDir, 'src', 'verifier.ts');
    expect(problem(file, '../../server/src/platform/clock.ts')).toBe('reaches outside the package');
    expect(problem(file, '@shekara/contracts/accounts')).toMatch(/not a declared dependency/);
    expect(problem(file, 'fs')).toMatch(/node:/);
    expect(problem(file, 'vitest')).toMatch(/tests only/);
    expect(problem(file, './clock.ts')).toBeNull();
    expect(problem(file, '@xmldom/xmldom')).toBeNull();
  });
});
