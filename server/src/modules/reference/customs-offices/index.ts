export type { CustomsOffice } from '@shekara/contracts/reference/customs-offices';
export { loadCustomsOfficeDemoData } from './load-demo-data.ts';
export { listCustomsOffices } from './repository.ts';
export { customsOfficeRoutes } from './routes.ts';
