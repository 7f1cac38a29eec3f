import type { ClassifierName } from '../../reference/classifier.ts';
import { type ReferenceView, readHsCode } from './reference-view.ts';
import type { ControlSnapshot } from './schemas.ts';

/**
 * The reference view the browser runs control on, from the snapshot of one date
 * (GET /api/v1/declarations/control-reference?date=). It answers every question as of the
 * snapshot's date: the web app loads the snapshot of the document's date. Pure: no Node imports.
 */
export function referenceViewFromSnapshot(snapshot: ControlSnapshot): ReferenceView {
  const classifiers = new Map<string, Set<string>>(
    Object.entries(snapshot.classifiers).map(([name, codes]) => [name, new Set(codes)]),
  );
  const subheadings = new Set(snapshot.subheadings);
  const groups = new Set(snapshot.groups);
  const bodies = new Map(snapshot.bodies.map((body) => [body.code, { kind: body.kind, accepts: body.accepts }]));
  return {
    inClassifier: (name: ClassifierName, code: string) => classifiers.get(name)?.has(code) ?? false,
    hsCode: (code: string) =>
      readHsCode(
        code,
        (c) => subheadings.has(c),
        (c) => groups.has(c),
      ),
    customsBody: (code: string) => bodies.get(code) ?? null,
  };
}
