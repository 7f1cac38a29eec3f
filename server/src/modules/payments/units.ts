/** The EAEU unit codes a specific rate's quantity is read from the net mass in. */
export const kilogram = '166';
export const gram = '163';
export const tonne = '168';
