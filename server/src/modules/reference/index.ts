export { referenceRoutes } from './routes.ts';
export { loadReferenceDemoData } from './load-demo-data.ts';
export { departmentOfBody, findCustomsBody, listCustomsBodies, loadCalendar, territorialDepartmentOf } from './repository.ts';
export { addDays, almatyDate, createCalendar, type Calendar } from './working-days.ts';
export type { CalendarDay, CustomsBody, CustomsBodyKind, Region } from '@shekara/contracts/reference';
export { warmUpReference } from './warm-up.ts';
export { AnswerCache, type CachedAnswer } from './answer-cache.ts';
export { sendAnswer, serialiseAnswer } from './routes.ts';
export { nomenclatureWrites } from './tnved/nomenclature-writes.ts';
