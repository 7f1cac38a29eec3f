/** The traveller's passenger customs declaration, filled and filed from the cabinet. */
export const passengerDeclarationPath = '/cabinet/passenger-declaration';
