// The server and the command line, bundled by esbuild from their TypeScript sources into
// server/dist/, and bundled again only when a source changes. Loading the sources one module at a
// time through tsx's loader cost every start about 2 s and 3 CPU-seconds before the server did
// anything; the bundle loads in about 0.7 s. Plain JavaScript, because it runs before anything can
// load TypeScript. Most packages in node_modules go inside too (see `outside` for those that cannot).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'server', 'dist');
const manifestFile = path.join(dist, 'inputs.json');

/**
 * The entry points, as `name: source`; each becomes `server/dist/<name>.mjs`. `worker` is what the
 * server's worker threads run (server/src/platform/workers/); `registrar` is the thread that
 * registers submissions on a PostgreSQL server (declarations/submission/registrar-thread.ts).
 */
const entryPoints = {
  main: 'server/src/main.ts',
  cli: 'server/src/cli.ts',
  worker: 'server/src/worker.ts',
  registrar: 'server/src/registrar.ts',
};

/** Replaced in the bundle's output by a digest of every input (server/src/platform/code-version.ts). */
const codeVersionPlaceholder = 'SHEKARA-CODE-VERSION-PLACEHOLDER';

/**
 * The file URL of the bundle of `entry` ('main' or 'cli'), made first when it is missing or any
 * source it was made from has changed since.
 */
export async function bundled(entry) {
  if (!upToDate()) await bundle();
  return pathToFileURL(path.join(dist, `${entry}.mjs`)).href;
}

/**
 * Whether every source of the last bundle is as it was then, by content: a file whose size and
 * modification time are those noted at bundling is taken as unchanged without being read (reading
 * and hashing some 1,400 files was a tenth of a start); any other is hashed, so a file only touched
 * (a checkout) does not make a new bundle.
 */
function upToDate() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.builder !== builderKey()) return false;
  const noted = manifest.stats ?? {};
  for (const [file, digest] of Object.entries(manifest.inputs)) {
    let contents;
    try {
      const stat = fs.statSync(path.join(root, file));
      const [size, mtimeMs] = noted[file] ?? [];
      if (stat.size === size && stat.mtimeMs === mtimeMs) continue;
      contents = fs.readFileSync(path.join(root, file));
    } catch {
      return false;
    }
    if (hash(contents) !== digest) return false;
  }
  return Object.keys(entryPoints).every((name) => fs.existsSync(path.join(dist, `${name}.mjs`)));
}

async function bundle() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints,
    absWorkingDir: root,
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    // The bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as shekaraRequire } from 'node:module'; const require = shekaraRequire(import.meta.url);",
    },
    platform: 'node',
    target: 'node20',
    plugins: [packagesOutside(), ownUrls()],
    // Where the server's worker threads start (platform/workers/worker-entry.ts); the sources have
    // no such constant, and start theirs through tsx.
    define: {
      SHEKARA_WORKER_BUNDLE: JSON.stringify(pathToFileURL(path.join(dist, 'worker.mjs')).href),
      SHEKARA_CODE_VERSION: JSON.stringify(codeVersionPlaceholder),
    },
    metafile: true,
    sourcemap: 'linked',
    // Stack traces need the mappings only; the sources' text would double what every start parses.
    sourcesContent: false,
    // Whitespace and syntax made small, names kept: 38 % less text for Node to read, decode and
    // parse at every start (loading the bundle about 40 ms faster), while profiles and stack
    // traces still name their functions; the source map leads back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'error',
  });
  const inputs = {};
  const stats = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    // noted before the read: a file changed meanwhile then differs from its note and is hashed again
    const { size, mtimeMs } = fs.statSync(path.join(root, file));
    stats[file] = [size, mtimeMs];
    inputs[file] = hash(fs.readFileSync(path.join(root, file)));
  }
  // The version of the code is known only now that the inputs are: written over a placeholder of
  // the same length, so the source maps stay exact.
  const version = Buffer.from(
    hash(JSON.stringify({ builder: builderKey(), inputs })).slice(0, codeVersionPlaceholder.length),
  );
  for (const file of result.outputFiles) {
    const contents = Buffer.from(file.contents.buffer, file.contents.byteOffset, file.contents.byteLength);
    for (let at = contents.indexOf(codeVersionPlaceholder); at >= 0; at = contents.indexOf(codeVersionPlaceholder, at))
      version.copy(contents, at);
  }
  fs.mkdirSync(dist, { recursive: true });
  // Each file is written beside its place and renamed into it, the entry points and the list of
  // inputs last: a server that starts, or is running, while another start bundles never loads a
  // half-written file. The shared chunks are named by their content, so a chunk a running server
  // may still load is never replaced by a different one.
  const written = new Set(['inputs.json']);
  const entries = [];
  for (const file of result.outputFiles) {
    written.add(path.basename(file.path));
    if (Object.keys(entryPoints).some((name) => file.path.endsWith(`${path.sep}${name}.mjs`))) entries.push(file);
    else writeInPlace(file.path, file.contents);
  }
  for (const file of entries) writeInPlace(file.path, file.contents);
  writeInPlace(manifestFile, JSON.stringify({ builder: builderKey(), inputs, stats }));
  // Chunks of older sources: left a while for a server still running on them.
  for (const name of fs.readdirSync(dist)) {
    const file = path.join(dist, name);
    if (!written.has(name) && Date.now() - fs.statSync(file).mtimeMs > 24 * 3600_000) fs.rmSync(file, { force: true });
  }
}

function writeInPlace(file, contents) {
  const making = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(making, contents);
  fs.renameSync(making, file);
}

/**
 * Packages loaded by Node from node_modules rather than bundled: those that find files beside their
 * own code (WebAssembly, fonts, a native add-on, static assets, worker scripts), those loaded by a
 * dynamic import() from a package, the build tools,
 * and what loads only on first use anyway (mail, PDF, PostgreSQL's client when PGlite serves).
 * Everything else is bundled: resolving and reading some 400 files one by one was about a fifth of
 * loading the server.
 */
const outside = [
  '@electric-sql/pglite',
  // It loads `cookie` with import(), which a bundle would answer with CommonJS's default export
  // only, not the named functions Node's own loader finds.
  '@fastify/cookie',
  '@node-rs/argon2',
  '@fastify/swagger-ui',
  'dejavu-fonts-ttf',
  'esbuild',
  'fontkit',
  'node-gost-crypto',
  'nodemailer',
  'pdfkit',
  'pg',
  'pg-native',
  'pino',
  'qrcode',
  'thread-stream',
  'tsx',
  'vite',
  'xmllint-wasm',
];

/** Our own packages (`@shekara/*`, TypeScript) always go inside; `outside` stays out. */
function packagesOutside() {
  return {
    name: 'packages-outside',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@shekara/')) return undefined;
        const stays =
          args.path.startsWith('node:') ||
          outside.some((name) => args.path === name || args.path.startsWith(`${name}/`));
        return stays ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/**
 * Every source keeps its own `import.meta.url`, as it has when run from source: the paths the
 * server finds its migrations, web app, fonts and native add-on by are relative to the file that
 * names them, which a bundle would otherwise move.
 */
function ownUrls() {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = fs.readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/** What else decides the bundle: this file and esbuild's version. */
function builderKey() {
  const esbuildVersion = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8'),
  ).version;
  return hash(Buffer.concat([fs.readFileSync(fileURLToPath(import.meta.url)), Buffer.from(esbuildVersion)]));
}

function hash(contents) {
  return createHash('sha256').update(contents).digest('base64url');
}
