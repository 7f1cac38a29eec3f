/** One requirement of the requirements document: its ID and a one-line title to show beside it. */
export interface Requirement {
  id: string;
  title: string;
}

const TITLE_LIMIT = 110;

/**
 * The requirements of the document, in its order: every bullet that opens with an ID (`- REG-7 …`),
 * with the lines indented under it. Bullets that open otherwise (users, facts) are not requirements.
 */
export function parseRequirementList(markdown: string): Requirement[] {
  const requirements: Requirement[] = [];
  let current: { id: string; text: string[] } | undefined;
  const close = () => {
    if (current) requirements.push({ id: current.id, title: oneLineTitle(current.text.join(' ')) });
    current = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const opening = /^[-*]\s+([A-Z]{2,}-\d+)\s+(.*)$/.exec(line);
    if (opening) {
      close();
      current = { id: opening[1]!, text: [opening[2]!] };
    } else if (current && /^\s+\S/.test(line)) {
      current.text.push(line.trim());
    } else {
      close();
    }
  }
  close();
  const seen = new Set<string>();
  for (const { id } of requirements) {
    if (seen.has(id)) throw new Error(`requirement ${id} is listed twice`);
    seen.add(id);
  }
  return requirements;
}

/** The first sentence, cut at a word before TITLE_LIMIT characters: a reminder, not the clause. */
export function oneLineTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentenceEnd = /\.(\s|$)/.exec(flat);
  const sentence = sentenceEnd ? flat.slice(0, sentenceEnd.index) : flat;
  if (sentence.length <= TITLE_LIMIT) return sentence;
  const cut = sentence.lastIndexOf(' ', TITLE_LIMIT - 1);
  return `${sentence.slice(0, cut > 0 ? cut : TITLE_LIMIT - 1).replace(/[\s,:;]+$/, '')}…`;
}

/** The prefixes (REG, AST, …) in the order the document first uses them. */
export function prefixesOf(requirements: readonly Requirement[]): string[] {
  return [...new Set(requirements.map(({ id }) => prefixOf(id)))];
}

export function prefixOf(id: string): string {
  return id.slice(0, id.lastIndexOf('-'));
}
