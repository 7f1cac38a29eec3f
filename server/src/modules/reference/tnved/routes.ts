import { printedDate } from '@shekara/contracts/i18n';
import { referenceRoutes } from '@shekara/contracts/reference';
import { changeGeneration } from '../../../platform/db/change-feed.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { publicAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { AnswerCache } from '../answer-cache.ts';
import { searchAnswerTables } from '../copied-tables.ts';
import { cacheableRoutes, dateOrToday, type ReferenceRouteOptions, sendAnswer, serialiseAnswer } from '../routes.ts';
import { ratesAt } from '../tariffs/index.ts';
import { almatyDate } from '../working-days.ts';
import { NomenclatureErrors } from './errors.ts';
import { codeLifetime, findNode, listChildren, listSectionsAndChapters } from './repository.ts';
import { searchNomenclature } from './search.ts';
import { nomenclatureIndex } from './search-index.ts';

/** The TN VED nomenclature, open to everyone (issue 5 point 5, ACC-4, ACC-13). */
export async function nomenclatureRoutes(app: ZodApp, { db, reads, clock }: ReferenceRouteOptions): Promise<void> {
  const dateOf = (date: string | undefined) => dateOrToday(date, clock);
  // Recent searches, 30 s at most and only while the nomenclature and rates are unchanged: see
  // answer-cache.ts. Per application, so tests start clean.
  const recentSearches = new AnswerCache(2_000, 30_000, () => clock.now().getTime());

  const route = contractRoutes(app, { tags: ['reference'], access: publicAccess });

  route(referenceRoutes.tnvedSearch, {
    summary: 'Search the TN VED nomenclature',
    description:
      'A code prefix (digits, spaces ignored): the exact code first, then the codes under it. Or words in Russian or Kazakh, ' +
      'matched by stem ("лошади" finds "ЛОШАДИ, ОСЛЫ…"), all words before some. Each hit with its path and the rates in force at the date.',
    handler: async (request, reply) => {
      const { q, limit } = request.query;
      const date = dateOf(request.query.date);
      const key = JSON.stringify([changeGeneration(db, searchAnswerTables), q, date, limit]);
      let answer = recentSearches.get(key);
      if (!answer) {
        const hits = await searchNomenclature(db, q, date, limit);
        const validFrom =
          hits.length === 0 && q.trim() !== '' ? await laterValidity({ db, reads }, q, date, clock.now()) : null;
        answer = serialiseAnswer({ date, query: q, hits, validFrom });
        recentSearches.set(key, answer);
      }
      return sendAnswer(request, reply, answer);
    },
  });

  const cacheable = cacheableRoutes(app);

  cacheable(referenceRoutes.tnvedSections, {
    summary: 'TN VED sections and chapters',
    description: 'The top two levels of the nomenclature in force at the date.',
    answer: async ({ query }) => {
      const date = dateOf(query.date);
      const nodes = await listSectionsAndChapters(reads, date);
      const sections = nodes
        .filter((node) => node.level === 'section')
        .map((section) => ({
          code: section.code,
          name: section.name,
          chapters: nodes
            .filter((node) => node.parentCode === section.code)
            .map((chapter) => ({ code: chapter.code, name: chapter.name })),
        }));
      return { date, sections: sections.sort((a, b) => sectionNumber(a.code) - sectionNumber(b.code)) };
    },
  });

  cacheable(referenceRoutes.tnvedNode, {
    summary: 'One TN VED code',
    description: 'The node in force at the date, its path from the section, the nodes directly under it and its rates.',
    answer: async ({ params: { code }, query }) => {
      const date = dateOf(query.date);
      const node = await findNode(reads, code, date);
      if (!node) throw await absenceOf(reads, code, date);
      const [index, children, rates] = await Promise.all([
        nomenclatureIndex(db),
        listChildren(reads, code, date),
        ratesAt(db, [code], date),
      ]);
      return {
        date,
        code,
        level: node.level,
        name: node.name,
        path: index.path(node, date).map(({ code, level, name }) => ({ code, level, name })),
        validFrom: node.validFrom,
        validTo: node.validTo,
        children: children.map((child) => ({
          code: child.code,
          level: child.level,
          name: child.name,
          hasChildren: child.hasChildren,
        })),
        rates: rates.get(code) ?? null,
      };
    },
  });
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Sections in their numeric order (I, II, … IX, X), not the alphabetical order of their numerals. */
function sectionNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i]!]!;
    total += value < (romanValues[roman[i + 1]!] ?? 0) ? -value : value;
  }
  return total;
}

/**
 * Nothing found on a date: whether the query finds codes that come into force later (searched on
 * today's date, or on the date's own day if that is later), and the first day one of them is valid.
 */
async function laterValidity(
  { db, reads }: Pick<ReferenceRouteOptions, 'db' | 'reads'>,
  q: string,
  date: string,
  now: Date,
): Promise<string | null> {
  const today = almatyDate(now);
  if (today <= date) return null;
  const later = await searchNomenclature(db, q, today, 10);
  const starts = await Promise.all(later.map(async (hit) => (await codeLifetime(reads, hit.code))?.from ?? null));
  const after = starts.filter((from): from is string => from !== null && from > date).sort();
  return after[0] ?? null;
}

/**
 * Why a code is not in force on a date (issue 19 point 7): it was not yet valid (with the date it
 * is valid from), it was no longer valid (with its last day), or it was never in the nomenclature.
 */
async function absenceOf(db: Queryable, code: string, date: string) {
  const lifetime = await codeLifetime(db, code);
  const facts = { code, date: printedDate(date) };
  if (lifetime && date < lifetime.from)
    return NomenclatureErrors.REFERENCE_CODE_NOT_YET_VALID({ ...facts, from: printedDate(lifetime.from) });
  if (lifetime?.to && date > lifetime.to)
    return NomenclatureErrors.REFERENCE_CODE_NO_LONGER_VALID({ ...facts, to: printedDate(lifetime.to) });
  return NomenclatureErrors.REFERENCE_CODE_NOT_FOUND(facts);
}
