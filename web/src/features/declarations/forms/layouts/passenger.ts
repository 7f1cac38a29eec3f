import type { KindLayout } from '../layout.ts';

/** The passenger customs declaration after the form of EEC Commission Decision No. 287: the traveller, the journey, cash, vehicles, goods, signature. The cabinet has its own page for it; this is how it opens in the editor. */
export const passengerLayout: KindLayout = {
  sections: [
    { id: 'declarant', fields: ['declarant'] },
    {
      id: 'journey',
      fields: ['direction', 'departureCountry', 'destinationCountry', 'movement', 'transport', 'baggagePieces'],
    },
    { id: 'cash', fields: ['cash'] },
    { id: 'vehicles', fields: ['vehicles'] },
    { id: 'goods', fields: ['goods'] },
    { id: 'filler', fields: ['filler'] },
  ],
};
