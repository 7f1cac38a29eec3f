// `npm run build:native` (in this package or the repository root, whose postinstall runs it at
// `npm install` / `npm ci`): compiles the GOST addon in the package's native/gost/ into the package's
// build/native/shekara_gost.node (where src/gost/native.ts looks) with the system C compiler against the
// running node's own headers. No network, no node-gyp. It links nothing: the OpenSSL BN_*/EC_*/EVP_*
// functions it calls (EVP_* in rsa.c, the RSA verification) are the ones the node binary exports.
// Prints one line and always exits 0: without a compiler or headers the pure-TypeScript GOST code
// (and crypto.verify for RSA) is used instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = ['addon.c', 'curve.c', 'streebog.c', 'gost94.c', 'rsa.c', 'rsa52.c'].map((file) =>
  path.join(root, 'native', 'gost', file),
);
const outDir = path.join(root, 'build', 'native');
const output = path.join(outDir, 'shekara_gost.node');
const say = (message) => console.log(`build-native: ${message}`);

function main() {
  if (process.platform === 'win32')
    return say('Windows is not supported yet; the TypeScript GOST fallback will be used');
  if (!sources.every((file) => fs.existsSync(file)))
    return say('native/gost sources missing; the TypeScript GOST fallback will be used');
  const include = [
    path.resolve(path.dirname(process.execPath), '..', 'include', 'node'),
    process.env.npm_config_nodedir && path.join(process.env.npm_config_nodedir, 'include', 'node'),
  ]
    .filter(Boolean)
    .find((dir) => fs.existsSync(path.join(dir, 'node_api.h')) && fs.existsSync(path.join(dir, 'openssl', 'ec.h')));
  if (!include)
    return say(`no Node.js headers with OpenSSL beside ${process.execPath}; the TypeScript GOST fallback will be used`);
  const compiler = [process.env.CC, 'cc', 'gcc', 'clang']
    .filter(Boolean)
    .find((cc) => spawnSync(cc, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!compiler) return say('no C compiler (cc, gcc, clang); the TypeScript GOST fallback will be used');

  fs.mkdirSync(outDir, { recursive: true });
  const temporary = path.join(outDir, `shekara_gost.${process.pid}.tmp.node`);
  const linking = process.platform === 'darwin' ? ['-bundle', '-undefined', 'dynamic_lookup'] : ['-shared'];
  const args = [
    '-O3',
    '-fPIC',
    '-std=c11',
    '-D_POSIX_C_SOURCE=200809L',
    '-DNODE_GYP_MODULE_NAME=shekara_gost',
    `-I${include}`,
    ...linking,
    '-o',
    temporary,
    ...sources,
    '-lpthread',
  ];
  const compiled = spawnSync(compiler, args, { encoding: 'utf8' });
  if (compiled.status !== 0) {
    fs.rmSync(temporary, { force: true });
    const firstError =
      (compiled.stderr || compiled.error?.message || '').split('\n').find((line) => /error/i.test(line)) ??
      'unknown error';
    return say(`compilation failed (${firstError.trim()}); the TypeScript GOST fallback will be used`);
  }
  // Load it in a fresh node: an addon that cannot resolve its OpenSSL symbols must not be left behind.
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require(${JSON.stringify(temporary)}).verify(0, new Uint8Array(32), new Uint8Array(64), new Uint8Array(64))`,
    ],
    {
      encoding: 'utf8',
    },
  );
  if (probe.status !== 0) {
    fs.rmSync(temporary, { force: true });
    const reason = (probe.stderr || '').split('\n').find((line) => /Error/.test(line)) ?? 'it does not load';
    return say(`built but ${reason.trim()}; the TypeScript GOST fallback will be used`);
  }
  fs.renameSync(temporary, output);
  say(`${path.relative(process.cwd(), output) || output} built with ${compiler} against ${include}`);
}

try {
  main();
} catch (error) {
  say(`skipped (${error instanceof Error ? error.message : String(error)}); the TypeScript GOST fallback will be used`);
}
process.exit(0);
