import type { TestProject } from 'vitest/node';
import { databaseTemplates } from './database-templates.ts';
import './provided-context.ts';

/**
 * Hands the suites the database templates (made once, then reused while the migrations stay the
 * same). Made with DATABASE_URL set too: the command-line suites always run on the embedded database.
 */
export default async function setup(project: TestProject): Promise<void> {
  const templates = await databaseTemplates();
  project.provide('pgliteEmptyTemplate', templates.emptyDump);
  project.provide('pgliteTemplate', templates.migratedDump);
  project.provide('pgliteTemplateDirectory', templates.migratedDirectory);
}
