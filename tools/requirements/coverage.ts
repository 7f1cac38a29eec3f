import { citedIds } from './citations.ts';
import { prefixesOf, type Requirement } from './requirement-list.ts';
import type { TestNode } from './test-titles.ts';

/** A title that cites a requirement: where it is, its path of titles, and how many tests it names. */
export interface Citation {
  file: string;
  line: number;
  titles: string[];
  /** The tests the citing title names: 1 for a test, those inside for a `describe`. */
  tests: number;
  suite: boolean;
}

export interface RequirementsMap {
  requirements: Requirement[];
  citations: Map<string, Citation[]>;
  /** IDs that titles cite but the document does not list (a typo, or a requirement since removed). */
  unknown: Map<string, Citation[]>;
}

export interface TestFile {
  path: string;
  tests: TestNode[];
}

/**
 * Which titles cite each requirement. A `describe` that cites an ID claims it for every test inside
 * (listed once, with their number); a test inside it citing the same ID adds nothing. Only titles
 * count, not comments: a title is what the test runner prints beside the result, so the claim is
 * one a reader can check by running the test, while a comment may describe anything nearby.
 */
export function mapRequirements(requirements: Requirement[], files: readonly TestFile[]): RequirementsMap {
  const prefixes = prefixesOf(requirements);
  const known = new Set(requirements.map(({ id }) => id));
  const citations = new Map<string, Citation[]>(requirements.map(({ id }) => [id, []]));
  const unknown = new Map<string, Citation[]>();
  const walk = (file: string, nodes: readonly TestNode[], path: string[], claimed: ReadonlySet<string>) => {
    for (const node of nodes) {
      const titles = [...path, node.title];
      let ids: string[];
      try {
        ids = citedIds(node.title, prefixes).filter((id) => !claimed.has(id));
      } catch (error) {
        throw new Error(`${file}:${node.line}: ${(error as Error).message}`);
      }
      const citation = { file, line: node.line, titles, tests: countTests(node), suite: node.kind === 'describe' };
      for (const id of ids) {
        const into = known.has(id) ? citations : unknown;
        into.set(id, [...(into.get(id) ?? []), citation]);
      }
      walk(file, node.children, titles, new Set([...claimed, ...ids]));
    }
  };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path)))
    walk(file.path, file.tests, [], new Set());
  return { requirements, citations, unknown };
}

function countTests(node: TestNode): number {
  return node.kind === 'test' ? 1 : node.children.reduce((sum, child) => sum + countTests(child), 0);
}

export function uncovered(map: RequirementsMap): Requirement[] {
  return map.requirements.filter(({ id }) => (map.citations.get(id) ?? []).length === 0);
}
