import type { ContentKind } from '../portal-api.ts';

/** The kinds in the order the editor offers them. */
export const contentKinds: readonly ContentKind[] = ['news', 'notice', 'legal', 'software', 'training'];
