import fs from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Starts the suites that take longest first, so that the run ends with short files filling the
 * workers rather than one long file running alone: the browser specs, then the suites that start
 * processes of their own (servers, the command line), then the rest in vitest's order (by the
 * durations of the last run when it has them, by size on a fresh clone).
 *
 * Each project's files stay together: a worker serves one project, and a file of another project
 * takes a new worker, which loads the server's modules again.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const weight = new Map(ordered.map((file) => [file, expectedWeight(file)]));
    return ordered.toSorted((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
  }
}

function expectedWeight(file: TestSpecification): number {
  const project = file.project.name === 'e2e' ? 10 : 0;
  const startsProcesses = /\bspawn(Server|Shekara)\(/.test(fs.readFileSync(file.moduleId, 'utf8'));
  return project + (startsProcesses ? 2 : file.moduleId.endsWith('.db.test.ts') ? 1 : 0);
}
