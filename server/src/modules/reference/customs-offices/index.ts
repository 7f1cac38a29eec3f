export { customsOfficeRoutes } from './routes.ts';
export { loadCustomsOfficeDemoData } from './load-demo-data.ts';
export { listCustomsOffices } from './repository.ts';
export type { CustomsOffice } from '@shekara/contracts/reference/customs-offices';
