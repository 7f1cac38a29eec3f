import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stack traces of the bundled server (server/dist/*.mjs) written with the TypeScript sources'
 * places. Node can do this itself (`process.setSourceMapsEnabled`), but then reads and indexes the
 * source map of every module as it loads: about a tenth of a warm start, for traces that most runs
 * never write. Here a map is read only when a trace first names its file.
 */
const maps = new Map<string, SourceMap | null>();

/** `file:///…/name.mjs:line:column` in a stack frame (the bundle's files are loaded by URL). */
const bundledFrame = /(file:\/\/\/[^\s()]+?\.mjs):(\d+):(\d+)/g;

/** Where the sources are named from: the project's root, two folders above server/dist/. */
const projectRoot = (mapFile: string) => path.resolve(path.dirname(mapFile), '..', '..');

function mapOf(fileUrl: string): SourceMap | null {
  let map = maps.get(fileUrl);
  if (map !== undefined) return map;
  try {
    const file = fileURLToPath(fileUrl);
    map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
  } catch {
    map = null; // not a file of the bundle, or its map is gone: the frame stays as it is
  }
  maps.set(fileUrl, map);
  return map;
}

/** `stack` with each frame in a bundled file replaced by its source file, line and column. */
export function mapStack(stack: string): string {
  return stack.replace(bundledFrame, (frame, fileUrl: string, line: string, column: string) => {
    const map = mapOf(fileUrl);
    const entry = map?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return frame;
    const source = fileURLToPath(new URL(entry.originalSource, fileUrl));
    const named = path.relative(projectRoot(fileURLToPath(fileUrl)), source);
    return `${named}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
