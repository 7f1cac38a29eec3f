import type { KindLayout } from '../layout.ts';

/** Preliminary information: its subkind and who gives it, the arrival, then what the subkind carries. */
export const preliminaryLayout: KindLayout = {
  sections: [
    { id: 'information', fields: ['subkind', 'declarant', 'carrier'] },
    { id: 'arrival', fields: ['arrivalOffice', 'expectedArrival', 'transport', 'dispatchCountry'] },
    { id: 'goods', fields: ['goods'] },
    { id: 'temporaryStorage', fields: ['temporaryStorage'] },
    { id: 'goodsDeclaration', fields: ['goodsDeclaration'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'filler', fields: ['filler'] },
  ],
};
