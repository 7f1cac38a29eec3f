import { routesAt } from '../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/officer/registers';
const entries = routesAt(base);
const entry = routesAt(`${base}/:id`, s.registerEntryParams);

/** The officers' editor of the registers of persons in customs business (REG-3, REG-5). */
export const operatorRegisterRoutes = {
  list: entries('GET', '', { querystring: s.registerEntryQuery, response: { 200: s.registerEntryList } }),
  add: entries('POST', '', { body: s.newRegisterEntry, response: { 201: s.registerEntryView } }),
  end: entry('POST', '/end', { body: s.endRegisterEntry, response: { 200: s.registerEntryView } }),
};
