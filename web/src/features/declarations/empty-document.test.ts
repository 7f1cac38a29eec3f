import { declarationKinds, documentSchemas } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from './empty-document.ts';

describe('a new draft of each kind (issue 6 point 2)', () => {
  it('fits its kind’s model with every box absent', () => {
    for (const kind of declarationKinds)
      expect(documentSchemas[kind].safeParse(emptyDocument(kind)).success, kind).toBe(true);
    expect(emptyDocument('goods')).toEqual({ items: [] });
  });
});
