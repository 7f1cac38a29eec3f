import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapRequirements, type TestFile } from './requirements/coverage.ts';
import { parseMapDocument, renderMapDocument, renderMapText } from './requirements/map-document.ts';
import { parseRequirementList, type Requirement } from './requirements/requirement-list.ts';
import { extractTests } from './requirements/test-titles.ts';

/**
 * `npm run requirements`: which tests show each requirement. Reads the requirement IDs from the
 * requirements document (REQUIREMENTS_FILE, or ../shared/docs/REQUIREMENTS.md beside the repository),
 * every test file's titles, and prints each ID with the titles that cite it, the IDs without one and
 * the total. `--write` regenerates docs/REQUIREMENTS-MAP.md; `--check` exits 1 when it is out of date.
 * Without the requirements document, the IDs recorded in docs/REQUIREMENTS-MAP.md stand in for it.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const mapPath = join(root, 'docs', 'REQUIREMENTS-MAP.md');
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'test-results']);
const TEST_FILE = /\.(test|spec)\.tsx?$/;

const args = process.argv.slice(2);
const unknownArgs = args.filter((arg) => arg !== '--write' && arg !== '--check');
if (unknownArgs.length > 0) {
  console.error(`requirements: unknown argument ${unknownArgs.join(' ')} (use --write or --check)`);
  process.exit(2);
}

const map = mapRequirements(readRequirements(), testFiles());
const document = renderMapDocument(map);

if (args.includes('--check')) {
  const committed = existsSync(mapPath) ? readFileSync(mapPath, 'utf8') : '';
  if (committed !== document) {
    console.error('requirements: docs/REQUIREMENTS-MAP.md is out of date; run `npm run requirements -- --write`');
    process.exit(1);
  }
  console.log('requirements: docs/REQUIREMENTS-MAP.md is up to date');
} else {
  process.stdout.write(renderMapText(map));
  if (args.includes('--write')) {
    writeFileSync(mapPath, document);
    console.log(`requirements: wrote ${relative(root, mapPath)}`);
  }
}

function readRequirements(): Requirement[] {
  const source = resolve(root, process.env.REQUIREMENTS_FILE ?? '../shared/docs/REQUIREMENTS.md');
  if (existsSync(source)) {
    const requirements = parseRequirementList(readFileSync(source, 'utf8'));
    if (requirements.length === 0) throw new Error(`no requirement IDs found in ${source}`);
    return requirements;
  }
  if (!existsSync(mapPath)) throw new Error(`neither ${source} nor docs/REQUIREMENTS-MAP.md exists`);
  console.error(`requirements: ${source} is absent; using the IDs recorded in docs/REQUIREMENTS-MAP.md`);
  return parseMapDocument(readFileSync(mapPath, 'utf8'));
}

function testFiles(): TestFile[] {
  const files: TestFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(path);
      else if (entry.isFile() && TEST_FILE.test(entry.name)) {
        const name = relative(root, path).split(sep).join('/');
        files.push({ path: name, tests: extractTests(readFileSync(path, 'utf8'), name) });
      }
    }
  };
  walk(root);
  return files;
}
