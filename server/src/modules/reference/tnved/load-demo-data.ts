import { levelOfCode, type NomenclatureNode, parentCandidates } from '@shekara/contracts/reference/tnved';
import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { chapterSections, type DemoLine, demoEditionFrom, demoLines, demoSections } from './demo-data.ts';
import { upsertNomenclature } from './repository.ts';

/**
 * Loads the bundled nomenclature lines at start (issue 5 point 4). Versions already stored keep
 * their Russian wording: once the official nomenclature has been imported over them, a restart
 * must not put the bundled wording back. Their Kazakh and English names are the bundle's, though,
 * so a corrected Kazakh name reaches an existing database on its next start (issue 21 point 7):
 * the official distribution files and the JSON form carry Russian names only, so these names have
 * no other source to overwrite. Should an import ever bring Kazakh names, this has to change.
 */
export async function loadNomenclatureDemoData(tx: Queryable): Promise<UpsertCounts> {
  return upsertNomenclature(tx, demoNomenclature(), { namesOnly: true });
}

export function demoNomenclature(): NomenclatureNode[] {
  const codes = new Set([...demoSections, ...demoLines].map(([code]) => code));
  const node = ([code, ru, kk, en]: DemoLine, parentCode: string | null): NomenclatureNode => {
    const level = levelOfCode(code);
    if (!level) throw new Error(`bundled TN VED line ${code} has no nomenclature code`);
    return {
      code,
      level,
      parentCode,
      name: { ru, kk, en: en ?? null },
      notes: null,
      validFrom: demoEditionFrom,
      validTo: null,
    };
  };
  return [
    ...demoSections.map((line) => node(line, null)),
    ...demoLines.map((line) => {
      const [code] = line;
      const parent =
        levelOfCode(code) === 'chapter'
          ? chapterSections[code]
          : parentCandidates(code).find((candidate) => codes.has(candidate));
      if (!parent) throw new Error(`bundled TN VED line ${code} has no parent among the bundled lines`);
      return node(line, parent);
    }),
  ];
}
