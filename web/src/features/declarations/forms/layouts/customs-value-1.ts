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
  nested: {
    relationship: ['related', 'influencedPrice', 'closeToTestValue'],
    restrictions: ['restrictions', 'conditions'],
    royaltiesAndProceeds: ['royalties', 'proceeds'],
    items: [
      'goodsItemNumber',
      'hsCode',
      'description',
      'priceInvoiceCurrency',
      'price',
      'indirectPayments',
      'basis',
      'additions',
      'totalAdditions',
      'deductions',
      'totalDeductions',
      'customsValue',
      'customsValueUsd',
      'conversions',
    ],
    'items.#.additions': [
      'commissions',
      'containers',
      'packing',
      'materials',
      'tools',
      'consumedMaterials',
      'engineering',
      'royalties',
      'proceeds',
      'transport',
      'loading',
      'insurance',
    ],
    'items.#.deductions': ['constructionAfterImport', 'transportAfterArrival', 'dutiesAndTaxes'],
  },
};
