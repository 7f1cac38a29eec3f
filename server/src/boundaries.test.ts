import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './platform/paths.ts';

/**
 * The boundaries of the code, checked on every import of every `.ts`/`.tsx` file:
 *
 * - A module (`server/src/modules/A/`) reaches another module B only through `B/index.ts`, its
 *   public surface. A module may also have `B/testing.ts`, a surface for tests only (helpers that
 *   make B's data for another module's tests): only test files (`*.test.ts`) and
 *   `server/src/testing/` may import it.
 * - The platform (`server/src/platform/`) imports no module: modules build on it, never the reverse.
 * - Neither imports the composition (`server/src/*.ts`), which is built of them; their tests may
 *   (a test of a whole application builds it with `buildApp`).
 * - The composition (`server/src/*.ts`: app, server, cli, demo data, main, worker, registrar) reaches the
 *   modules only through their lists (`server/src/modules/index.ts`, `commands.ts`, `worker-tasks.ts`,
 *   `registrar-thread.ts`) and the platform.
 * - The web (`web/`) imports nothing from `server/`: what both sides share lives in `contracts/`.
 * - The contracts (`contracts/`) import only `zod`, their own files and the signature library's
 *   plain IIN/BIN rules (`@shekara/nca/iin-bin`): the browser loads them.
 * - The signature library (`packages/nca/`) imports no application code (server, web, contracts).
 *
 * Tools are exempt: `bench/`, `e2e/` and the test support in `server/src/testing/` may reach
 * module internals, as a test does its own module's (they prefer index and testing surfaces).
 */

interface ImportEdge {
  /** the importing file, relative to the repository */
  from: string;
  /** the import as written */
  specifier: string;
  /** the imported file or package, relative to the repository when it is the project's own */
  to: string;
}

const skipped = new Set(['node_modules', 'dist', 'build', 'coverage', '.git']);
const scanned = ['server', 'web', 'contracts', 'packages', 'bench', 'e2e'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Workspace packages by name, so that `@shekara/contracts/…` counts as contracts' code. */
const workspacePackages: Record<string, string> = { '@shekara/contracts': 'contracts', '@shekara/nca': 'packages/nca' };

function resolve(fromFile: string, specifier: string): string {
  if (specifier.startsWith('.'))
    return path
      .relative(projectRoot, path.resolve(path.dirname(fromFile), specifier))
      .split(path.sep)
      .join('/');
  for (const [name, dir] of Object.entries(workspacePackages)) {
    if (specifier === name || specifier.startsWith(`${name}/`))
      return `${dir}/${specifier.slice(name.length + 1)}`.replace(/\/$/, '');
  }
  return specifier;
}

/**
 * Every module specifier a file names: imports, `export … from`, `import type`, dynamic
 * `import()` and `require()`. A full parse, because a scanner alone misreads some comments.
 */
function importsOf(file: string): ImportEdge[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) specifiers.push(first.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      specifiers.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const from = path.relative(projectRoot, file).split(path.sep).join('/');
  return specifiers.map((specifier) => ({ from, specifier, to: resolve(file, specifier) }));
}

const edges: ImportEdge[] = scanned.flatMap((dir) => sourceFiles(path.join(projectRoot, dir))).flatMap(importsOf);

const modulesDir = 'server/src/modules/';
const moduleOf = (file: string) =>
  file.startsWith(modulesDir)
    ? file.slice(modulesDir.length).split('/').length > 1
      ? file.slice(modulesDir.length).split('/')[0]
      : null
    : null;
const isTestFile = (file: string) => /\.test\.tsx?$/.test(file);
const isTool = (file: string) =>
  file.startsWith('bench/') || file.startsWith('e2e/') || file.startsWith('server/src/testing/');

/** Why `edge` crosses a module boundary it should not, or null. Applies to files outside the tools. */
function moduleBoundaryProblem(edge: ImportEdge): string | null {
  const target = moduleOf(edge.to);
  if (!target || isTool(edge.from) || !edge.from.startsWith('server/')) return null;
  if (moduleOf(edge.from) === target) return null;
  // The list of the modules' commands loads each module's command definitions on use, as the
  // list of descriptors does their index.ts: the command line need not load every module's routes.
  // The list of worker tasks likewise names the files that define them: a worker thread loads those
  // alone; so does the registrar's thread its one entry.
  if (
    edge.from === `${modulesDir}commands.ts` ||
    edge.from === `${modulesDir}worker-tasks.ts` ||
    edge.from === `${modulesDir}registrar-thread.ts`
  )
    return null;
  const surface = edge.to.slice(`${modulesDir}${target}/`.length);
  if (surface === 'index.ts') return null;
  if (surface === 'testing.ts') return isTestFile(edge.from) ? null : `${target}/testing.ts is for tests only`;
  return `reaches into the internals of module ${target} (import its index.ts)`;
}

const describeEdge = (edge: ImportEdge, why: string) => `${edge.from} imports '${edge.specifier}': ${why}`;

/**
 * Modules reaching into `signature` internals are listed apart: the signature library is moving
 * to `packages/nca`, which removes them; every other crossing is a fault of its own.
 */
const intoSignature = (edge: ImportEdge) => moduleOf(edge.to) === 'signature';

function violations(select: (edge: ImportEdge) => string | null): string[] {
  return edges.flatMap((edge) => {
    const why = select(edge);
    return why ? [describeEdge(edge, why)] : [];
  });
}

describe('code boundaries', () => {
  it('finds the source files (the check itself works)', () => {
    expect(edges.some((edge) => edge.from === 'server/src/app.ts')).toBe(true);
    expect(edges.some((edge) => edge.from.startsWith('web/'))).toBe(true);
  });

  it('modules reach each other only through index.ts (testing.ts for tests)', () => {
    expect(
      violations((edge) =>
        (moduleOf(edge.from) !== null || edge.from.startsWith(modulesDir)) && !intoSignature(edge)
          ? moduleBoundaryProblem(edge)
          : null,
      ),
    ).toEqual([]);
  });

  it('nothing reaches into the internals of the signature module', () => {
    expect(
      violations((edge) =>
        intoSignature(edge) && !edge.from.startsWith('server/src/platform/') ? moduleBoundaryProblem(edge) : null,
      ),
    ).toEqual([]);
  });

  it('the platform imports no module', () => {
    expect(
      violations((edge) =>
        edge.from.startsWith('server/src/platform/') && edge.to.startsWith(modulesDir)
          ? 'the platform must not depend on a module'
          : null,
      ),
    ).toEqual([]);
  });

  it('modules and the platform do not import the composition', () => {
    const composition = (file: string) => /^server\/src\/[^/]+\.ts$/.test(file);
    const inside = (file: string) => file.startsWith(modulesDir) || file.startsWith('server/src/platform/');
    expect(
      violations((edge) =>
        inside(edge.from) && !isTestFile(edge.from) && composition(edge.to)
          ? 'the composition is built of modules and the platform, not the reverse'
          : null,
      ),
    ).toEqual([]);
  });

  it('the composition (server/src/*.ts) reaches modules only through their list', () => {
    expect(
      violations((edge) => {
        if (edge.from.slice('server/src/'.length).includes('/') || !edge.from.startsWith('server/src/')) return null;
        if (
          !edge.to.startsWith(modulesDir) ||
          edge.to === `${modulesDir}index.ts` ||
          edge.to === `${modulesDir}commands.ts` ||
          edge.to === `${modulesDir}worker-tasks.ts` ||
          edge.to === `${modulesDir}registrar-thread.ts`
        )
          return null;
        if (isTestFile(edge.from) && /^server\/src\/modules\/[^/]+\/testing\.ts$/.test(edge.to)) return null;
        return 'import the module list, server/src/modules/index.ts (or commands.ts, worker-tasks.ts, registrar-thread.ts)';
      }),
    ).toEqual([]);
  });

  it('testing surfaces are imported by tests only', () => {
    expect(
      violations((edge) =>
        /^server\/src\/modules\/[^/]+\/testing\.ts$/.test(edge.to) && !isTestFile(edge.from) && !isTool(edge.from)
          ? 'a testing surface is for tests only'
          : null,
      ),
    ).toEqual([]);
  });

  it('the web imports nothing from server/', () => {
    expect(
      violations((edge) =>
        edge.from.startsWith('web/') && edge.to.startsWith('server/') ? 'shared code belongs in contracts/' : null,
      ),
    ).toEqual([]);
  });

  it('the contracts import only zod and their own files', () => {
    // Tests may use the test runner; the IIN/BIN structure is the signature library's own
    // plain-TypeScript file, re-exported rather than copied.
    const allowed = (edge: ImportEdge) =>
      edge.to === 'zod' ||
      edge.to.startsWith('contracts/') ||
      edge.to === 'packages/nca/iin-bin' ||
      (isTestFile(edge.from) && edge.to === 'vitest');
    expect(
      violations((edge) =>
        edge.from.startsWith('contracts/') && !allowed(edge)
          ? 'contracts are browser-safe: zod and plain TypeScript only'
          : null,
      ),
    ).toEqual([]);
  });

  it('the signature library imports no application code', () => {
    const application = ['server/', 'web/', 'contracts/', 'bench/', 'e2e/'];
    expect(
      violations((edge) =>
        edge.from.startsWith('packages/nca/') && application.some((dir) => edge.to.startsWith(dir))
          ? 'the library must not depend on the application'
          : null,
      ),
    ).toEqual([]);
  });
});
