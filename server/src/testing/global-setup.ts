import type { TestProject } from 'vitest/node';
import { bundled } from '../../bundle.mjs';
import { databaseTemplates } from './database-templates.ts';
import './provided-context.ts';

/**
 * Hands the suites the database templates (made once, then reused while the migrations stay the
 * same). Made with DATABASE_URL set too: the command-line suites always run on the embedded database.
 * Bundles the server first when its sources changed, rather than in each server a suite starts.
 */
export default async function setup(project: TestProject): Promise<void> {
  const [templates] = await Promise.all([databaseTemplates(), bundled('main')]);
  project.provide('pgliteEmptyTemplate', templates.emptyDump);
  project.provide('pgliteTemplateDirectory', templates.migratedDirectory);
  project.provide('pgliteEmptyTemplateDirectory', templates.emptyDirectory);
}
