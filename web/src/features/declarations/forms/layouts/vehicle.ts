import type { KindLayout } from '../layout.ts';

/** The vehicle declaration: the crossing, the carrier, the vehicle and its driver, the route, the goods carried. */
export const vehicleLayout: KindLayout = {
  sections: [
    { id: 'crossing', fields: ['direction', 'declarant', 'purpose', 'borderOffice', 'crossingDate'] },
    { id: 'vehicle', fields: ['vehicle', 'driver', 'fuelLitres', 'spareParts'] },
    { id: 'route', fields: ['route'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'goods', fields: ['goods'] },
    { id: 'filler', fields: ['filler'] },
  ],
};
