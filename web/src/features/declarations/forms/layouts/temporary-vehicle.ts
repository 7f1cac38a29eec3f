import type { KindLayout } from '../layout.ts';

/** The application for operations with a temporarily imported vehicle (EAEU Customs Code art. 276–278). */
export const temporaryVehicleLayout: KindLayout = {
  sections: [
    { id: 'application', fields: ['applicant', 'operation', 'customsOffice', 'grounds'] },
    { id: 'vehicle', fields: ['vehicle', 'driver'] },
    { id: 'terms', fields: ['importDeclarationNumber', 'importDate', 'currentTerm', 'requestedTerm', 'transferee'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'filler', fields: ['filler'] },
  ],
};
