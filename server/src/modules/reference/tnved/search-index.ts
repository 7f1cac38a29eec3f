import type { NomenclatureLevel } from '@shekara/contracts/reference/tnved';
import { changeGeneration } from '../../../platform/db/change-feed.ts';
import type { Database } from '../../../platform/db/database.ts';
import { nomenclatureTables } from '../copied-tables.ts';
import { loadSearchIndexRows, nomenclatureStamp, type StoredNode, type StoredTerms } from './repository.ts';

/**
 * The nomenclature's search index held in memory (issue 5 point 6: p99 ≤ 10 ms at 200 requests a
 * second). The database stays the truth — nodes and the stems computed at import
 * (`tnved_search_terms`) — but answering a frequent word such as "прочие" from it means grouping
 * thousands of rows per request, which the embedded database cannot do at that rate. The index
 * holds every version (~15,000 nodes, ~250,000 stems: a few tens of megabytes) and answers a
 * query in well under a millisecond; it is rebuilt at the next search after the nomenclature
 * changed — this process's write, or any node's, heard within milliseconds (platform/db/change-feed.ts)
 * — and when a look at the table every 30 s finds it changed (a write no notification told of).
 */
export type IndexedNode = Omit<StoredNode, 'id'>;

export interface RankedNode extends IndexedNode {
  /** query words matched (word search), or 0 */
  matched: number;
  /** position of the earliest matched word in the name */
  firstPosition: number;
}

const levelRank: Record<NomenclatureLevel, number> = { section: 0, chapter: 1, heading: 2, subheading: 3 };
const inForce = (node: IndexedNode, date: string) =>
  node.validFrom <= date && (node.validTo === null || node.validTo >= date);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** First index in a sorted array whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class NomenclatureIndex {
  /** every version, in code order */
  private readonly nodes: IndexedNode[];
  private readonly codes: string[];
  private readonly versions = new Map<string, IndexedNode[]>();
  /** stems in order, each with the node (index into `nodes`) and the word's position */
  private readonly terms: string[];
  private readonly termNodes: Int32Array;
  private readonly termPositions: Int16Array;
  /** scratch space of a word search, one slot per node (searches run one at a time: no await inside) */
  private readonly masks: Int32Array;
  private readonly positions: Int16Array;

  constructor(nodes: (IndexedNode & { id: number })[], stored: StoredTerms) {
    this.nodes = [...nodes].sort((a, b) => byCode(a.code, b.code) || byCode(a.validFrom, b.validFrom));
    this.codes = this.nodes.map((node) => node.code);
    const slotOfId = new Map<number, number>();
    (this.nodes as (IndexedNode & { id: number })[]).forEach((node, slot) => {
      slotOfId.set(node.id, slot);
      const list = this.versions.get(node.code);
      if (list) list.push(node);
      else this.versions.set(node.code, [node]);
    });
    // stems of nodes it holds, in stem order: the order they come in when it is right (the database's)
    let kept = stored.terms.flatMap((_, at) => (slotOfId.has(stored.nodeIds[at]!) ? [at] : []));
    const inOrder = kept.every((at, i) => i === 0 || stored.terms[kept[i - 1]!]! <= stored.terms[at]!);
    if (!inOrder) kept = kept.sort((a, b) => byCode(stored.terms[a]!, stored.terms[b]!));
    this.terms = kept.map((at) => stored.terms[at]!);
    this.termNodes = Int32Array.from(kept, (at) => slotOfId.get(stored.nodeIds[at]!)!);
    this.termPositions = Int16Array.from(kept, (at) => stored.positions[at]!);
    this.masks = new Int32Array(this.nodes.length);
    this.positions = new Int16Array(this.nodes.length);
  }

  /** The version of a code in force on a date. */
  node(code: string, date: string): IndexedNode | undefined {
    return this.versions.get(code)?.find((node) => inForce(node, date));
  }

  /** Codes beginning with a prefix in force on a date, in code order (the exact code first). */
  searchByCode(prefix: string, date: string, limit: number): RankedNode[] {
    const found: RankedNode[] = [];
    for (
      let i = lowerBound(this.codes, prefix);
      i < this.codes.length && this.codes[i]!.startsWith(prefix) && found.length < limit;
      i++
    ) {
      const node = this.nodes[i]!;
      if (inForce(node, date)) found.push({ ...node, matched: 0, firstPosition: 0 });
    }
    return found;
  }

  /**
   * Nodes in force on a date whose names hold the query words (each given by its stems; a word
   * matches when one of its stems begins a stored one). More words matched first, then higher
   * levels, then names where a word comes earlier, then shorter names, then codes.
   */
  searchByWords(words: readonly string[][], date: string, limit: number): RankedNode[] {
    // per node: which words matched (a bit each) and the earliest position; reset after use
    const masks = this.masks;
    const positions = this.positions;
    const touched: number[] = [];
    words.forEach((stems, word) => {
      for (const stem of stems) {
        for (let i = lowerBound(this.terms, stem); i < this.terms.length && this.terms[i]!.startsWith(stem); i++) {
          const slot = this.termNodes[i]!;
          const position = this.termPositions[i]!;
          if (masks[slot] === 0) {
            touched.push(slot);
            positions[slot] = position;
          } else if (position < positions[slot]!) positions[slot] = position;
          masks[slot]! |= 1 << word;
        }
      }
    });
    // keep the best `limit` in order, without sorting every candidate of a frequent word
    const best: { key: number; slot: number }[] = [];
    const before = (a: { key: number; slot: number }, key: number, slot: number) =>
      a.key < key || (a.key === key && this.codes[a.slot]! < this.codes[slot]!);
    for (const slot of touched) {
      const node = this.nodes[slot]!;
      if (!inForce(node, date)) continue;
      const key =
        (32 - bitCount(masks[slot]!)) * 1e10 +
        levelRank[node.level] * 1e9 +
        Math.min(positions[slot]!, 9_999) * 1e5 +
        Math.min(node.name.ru.length, 99_999);
      if (best.length === limit && before(best.at(-1)!, key, slot)) continue;
      let at = best.length;
      while (at > 0 && !before(best[at - 1]!, key, slot)) at--;
      best.splice(at, 0, { key, slot });
      if (best.length > limit) best.pop();
    }
    const found = best.map(({ slot }) => ({
      ...this.nodes[slot]!,
      matched: bitCount(masks[slot]!),
      firstPosition: positions[slot]!,
    }));
    for (const slot of touched) masks[slot] = 0;
    return found;
  }

  /** The nodes above one in force on a date, from its section down. */
  path(node: IndexedNode, date: string): IndexedNode[] {
    const path: IndexedNode[] = [];
    let parent = node.parentCode ? this.node(node.parentCode, date) : undefined;
    while (parent && path.length < 8) {
      path.unshift(parent);
      parent = parent.parentCode ? this.node(parent.parentCode, date) : undefined;
    }
    return path;
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** How often a server looks whether another process changed the nomenclature. */
const stampCheckMs = 30_000;

interface Held {
  index: Promise<NomenclatureIndex>;
  stamp: string;
  generation: number;
  checkedAt: number;
  checking: boolean;
}

const held = new WeakMap<Database, Held>();

async function build(db: Database): Promise<{ index: NomenclatureIndex; stamp: string }> {
  const stamp = await nomenclatureStamp(db);
  const { nodes, terms } = await loadSearchIndexRows(db);
  return { index: new NomenclatureIndex(nodes, terms), stamp };
}

/** The index of a database's nomenclature, built on first use and kept fresh as described above. */
export async function nomenclatureIndex(db: Database, now = Date.now()): Promise<NomenclatureIndex> {
  const current = held.get(db);
  const generation = changeGeneration(db, nomenclatureTables);
  if (!current || current.generation !== generation) {
    const built = build(db);
    const entry: Held = { index: built.then((b) => b.index), stamp: '', generation, checkedAt: now, checking: false };
    held.set(db, entry);
    try {
      entry.stamp = (await built).stamp;
    } catch (error) {
      held.delete(db);
      throw error;
    }
    return entry.index;
  }
  if (now - current.checkedAt > stampCheckMs && !current.checking) {
    // looked at in the background: this request is answered from the index it has
    current.checking = true;
    current.checkedAt = now;
    void nomenclatureStamp(db)
      .then(async (stamp) => {
        if (stamp === current.stamp) return;
        const rebuilt = await build(db);
        if (held.get(db) === current)
          held.set(db, { ...current, index: Promise.resolve(rebuilt.index), stamp: rebuilt.stamp, checking: false });
      })
      .catch(() => {})
      .finally(() => {
        current.checking = false;
      });
  }
  return current.index;
}
