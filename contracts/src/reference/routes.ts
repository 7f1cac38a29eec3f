import type { z } from 'zod';
import { routesAt } from '../http.ts';
import * as classifiers from './classifiers/schemas.ts';
import * as offices from './customs-offices/schemas.ts';
import * as rates from './exchange-rates/schemas.ts';
import * as s from './schemas.ts';
import * as tnved from './tnved/schemas.ts';

const base = '/api/v1/reference';
const reference = routesAt(base);
const classifier = routesAt(`${base}/classifiers/:name`, classifiers.classifierNameParam);
const tnvedNode = routesAt(`${base}/tnved/:code`, tnved.nodeParams);

/** Reference data is only read: a GET by its query (a date, a search), answered with 200. */
function read<const Below extends string, const Query extends z.ZodType, const Answer extends z.ZodType>(
  below: Below,
  querystring: Query,
  answer: Answer,
) {
  return reference('GET', below, { querystring, response: { 200: answer } });
}

/** The published reference data (issue 5): classifiers, regions, customs bodies and offices, calendar, rates, TN VED. */
export const referenceRoutes = {
  classifiers: reference('GET', '/classifiers', { response: { 200: classifiers.classifierSummaryList } }),
  classifier: classifier('GET', '', {
    querystring: classifiers.classifierDateQuery,
    response: { 200: classifiers.classifierResponse },
  }),
  regions: reference('GET', '/classifiers/regions', { response: { 200: s.regionList } }),
  customsBodies: read('/customs-bodies', s.customsBodyQuery, s.customsBodyList),
  calendar: read('/calendar', s.calendarQuery, s.calendarResponse),
  customsOffices: read('/customs-offices', offices.customsOfficeQuery, offices.customsOfficeList),
  exchangeRates: read('/exchange-rates', rates.exchangeRatesQuery, rates.exchangeRatesResponse),
  tnvedSearch: read('/tnved', tnved.searchQuery, tnved.searchResponse),
  tnvedSections: read('/tnved/sections', tnved.dateOnlyQuery, tnved.sectionsResponse),
  tnvedNode: tnvedNode('GET', '', {
    querystring: tnved.dateOnlyQuery,
    response: { 200: tnved.nodeResponse },
  }),
};
