/** The registers of persons in customs business, as officers keep them (REG-3, REG-5). */
export const registersPath = '/officer/registers';
