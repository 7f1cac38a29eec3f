import type { KindLayout } from '../layout.ts';

/** DTS-1 after EEC Commission Decision No. 160: boxes 1–6, the answers of boxes 7–9, the goods' boxes 11–25, box 10. */
export const customsValue1Layout: KindLayout = {
  sections: [
    { id: 'parties', fields: ['seller', 'buyer', 'declarant', 'deliveryTerms', 'goodsDeclarationNumber'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'conditions', fields: ['relationship', 'restrictions', 'royaltiesAndProceeds'] },
    { id: 'items', fields: ['items'] },
    { id: 'filler', fields: ['filler'] },
  ],
};
