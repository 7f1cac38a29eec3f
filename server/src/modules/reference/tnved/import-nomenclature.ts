import { type NomenclatureNode, parentCandidates, type SourceNode } from '@shekara/contracts/reference/tnved';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Clock } from '../../../platform/clock.ts';
import { noteLocalChange } from '../../../platform/db/change-feed.ts';
import type { Database } from '../../../platform/db/database.ts';
import { nomenclatureTables } from '../copied-tables.ts';
import type { ImportSummary, Progress, RejectedRow } from '../importing/import-report.ts';
import { existingCodes, upsertNomenclature } from './repository.ts';

/**
 * Places the nodes read from a source into the tree and writes them in one transaction with its
 * audit record (issue 5 point 3). Each node's parent is found from its code among the source's
 * own codes and those already stored; a node with no parent anywhere, or a second version with
 * the same code and start date, is rejected with its line and reason — never dropped silently.
 */
export async function importNomenclature(
  db: Database,
  clock: Clock,
  source: { what: string; nodes: readonly SourceNode[]; rejected: readonly RejectedRow[] },
  progress?: Progress,
): Promise<ImportSummary> {
  const rejected = [...source.rejected];
  const seen = new Map<string, number | string>();
  const unique: SourceNode[] = [];
  for (const node of source.nodes) {
    const key = `${node.code}@${node.validFrom}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({
        line: node.line,
        reason: `${node.code} from ${node.validFrom} repeats ${first}`,
        text: node.name.ru,
      });
      continue;
    }
    seen.set(key, node.line);
    unique.push(node);
  }

  const sourceCodes = new Set(unique.map((node) => node.code));
  const askedAbout = [
    ...new Set(
      unique.flatMap((node) => [...parentCandidates(node.code), ...(node.sectionCode ? [node.sectionCode] : [])]),
    ),
  ];
  const known = await existingCodes(
    db,
    askedAbout.filter((code) => !sourceCodes.has(code)),
  );
  const exists = (code: string) => sourceCodes.has(code) || known.has(code);

  const placed: NomenclatureNode[] = [];
  for (const { line, sectionCode, ...node } of unique) {
    let parentCode: string | null = null;
    if (node.level === 'chapter') {
      parentCode = sectionCode ?? null;
      if (!parentCode || !exists(parentCode)) {
        rejected.push({
          line,
          reason: `chapter ${node.code}: its section ${parentCode ?? '(none given)'} is not in the nomenclature`,
          text: node.name.ru,
        });
        continue;
      }
    } else if (node.level !== 'section') {
      const candidates = parentCandidates(node.code);
      parentCode = candidates.find(exists) ?? null;
      if (!parentCode) {
        rejected.push({
          line,
          reason: `${node.level} ${node.code}: no ${candidates.at(-1)!.length === 2 ? 'chapter' : 'heading'} ${candidates.at(-1)} in the nomenclature`,
          text: node.name.ru,
        });
        continue;
      }
    }
    placed.push({ ...node, parentCode });
  }

  // parents before children, so the order of the source does not matter to the tree
  const depth = { section: 0, chapter: 1, heading: 2, subheading: 3 } as const;
  placed.sort((a, b) => depth[a.level] - depth[b.level] || a.code.length - b.code.length);

  const counts = await db.transaction(async (tx) => {
    const written = await upsertNomenclature(tx, placed, {
      onProgress: (done) => progress?.update(done, placed.length),
    });
    await recordAudit(tx, clock.now(), {
      action: 'reference.tnved.import',
      outcome: 'success',
      subjectType: 'tnved',
      details: { source: source.what, ...written, rejected: rejected.length },
    });
    return written;
  });
  // once more after the commit: a search between the write and the commit may have read the old rows
  noteLocalChange(...nomenclatureTables);
  progress?.finish();
  return { what: source.what, ...counts, rejected };
}
