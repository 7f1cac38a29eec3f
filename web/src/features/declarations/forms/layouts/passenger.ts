import type { KindLayout } from '../layout.ts';

/**
 * The passenger customs declaration after the form of EEC Commission Decision No. 287: the
 * traveller, the journey, cash, vehicles, goods, signature. The cabinet has its own page for it;
 * this is how it opens in the editor. Inside, the order of the declaration's electronic structure
 * (the EAEU's PassengerDeclaration schema): the traveller's name before the IIN and the document; a
 * vehicle's kind, registration, VIN, make, model and year, then its value; a good's number and
 * name, its weight and quantity, then its value.
 */
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
  nested: {
    declarant: ['name', 'iinBin', 'identityDocument', 'citizenship', 'address'],
    'declarant.identityDocument': ['kind', 'series', 'number', 'issuedOn', 'countryCode'],
    cash: ['kind', 'currency', 'amount', 'description'],
    vehicles: ['kind', 'registrationNumber', 'countryCode', 'vin', 'make', 'model', 'year', 'value', 'currency'],
    goods: ['number', 'description', 'massKg', 'quantity', 'unit', 'value', 'currency'],
  },
};
