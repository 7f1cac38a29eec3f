import type { KindLayout } from '../layout.ts';

/** DTS-2 after EEC Commission Decision No. 160: boxes 1–5 and 8, the method (6) and why (7), the goods, the filler. */
export const customsValue2Layout: KindLayout = {
  sections: [
    { id: 'parties', fields: ['seller', 'buyer', 'declarant', 'deliveryTerms', 'goodsDeclarationNumber'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'method', fields: ['method', 'reasonEarlierMethodsInapplicable'] },
    { id: 'items', fields: ['items'] },
    { id: 'filler', fields: ['filler'] },
  ],
  nested: {
    items: [
      'goodsItemNumber',
      'hsCode',
      'description',
      'method',
      'basisSource',
      'basisDeclarationNumber',
      'basis',
      'additions',
      'totalAdditions',
      'deductions',
      'totalDeductions',
      'customsValue',
      'customsValueUsd',
      'conversions',
    ],
    'items.#.additions': ['transport', 'loading', 'insurance', 'other'],
    'items.#.deductions': ['commissionsOrProfit', 'transportInside', 'dutiesAndTaxes', 'other'],
  },
};
