// Fails when a package in the lock file declares a Node.js range that excludes the version the
// project runs on (package.json "engines"), so that a dependency update needing a newer Node is
// caught here and not on a user's machine. npm itself only warns (EBADENGINE).
import { readFileSync } from 'node:fs';
import semver from 'semver';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const supported = semver.minVersion(manifest.engines.node);

const refused = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  const range = entry.engines?.node;
  if (!path || !range) continue;
  if (!semver.satisfies(supported, range)) refused.push(`${path} ${entry.version}: node ${range}`);
}
if (refused.length > 0) {
  console.error(`Packages that do not run on Node.js ${supported} (package.json engines):`);
  for (const line of refused) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`every locked package accepts Node.js ${supported}`);
