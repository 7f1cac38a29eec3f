import { defineRoute } from '../http.ts';
import * as classifiers from './classifiers/schemas.ts';
import * as offices from './customs-offices/schemas.ts';
import * as rates from './exchange-rates/schemas.ts';
import * as s from './schemas.ts';
import * as tnved from './tnved/schemas.ts';

const base = '/api/v1/reference';

/** The published reference data (issue 5): classifiers, regions, customs bodies and offices, calendar, rates, TN VED. */
export const referenceRoutes = {
  classifiers: defineRoute({
    method: 'GET',
    path: `${base}/classifiers`,
    response: { 200: classifiers.classifierSummaryList },
  }),
  classifier: defineRoute({
    method: 'GET',
    path: `${base}/classifiers/:name`,
    params: classifiers.classifierNameParam,
    querystring: classifiers.classifierDateQuery,
    response: { 200: classifiers.classifierResponse },
  }),
  regions: defineRoute({ method: 'GET', path: `${base}/classifiers/regions`, response: { 200: s.regionList } }),
  customsBodies: defineRoute({
    method: 'GET',
    path: `${base}/customs-bodies`,
    querystring: s.customsBodyQuery,
    response: { 200: s.customsBodyList },
  }),
  calendar: defineRoute({
    method: 'GET',
    path: `${base}/calendar`,
    querystring: s.calendarQuery,
    response: { 200: s.calendarResponse },
  }),
  customsOffices: defineRoute({
    method: 'GET',
    path: `${base}/customs-offices`,
    querystring: offices.customsOfficeQuery,
    response: { 200: offices.customsOfficeList },
  }),
  exchangeRates: defineRoute({
    method: 'GET',
    path: `${base}/exchange-rates`,
    querystring: rates.exchangeRatesQuery,
    response: { 200: rates.exchangeRatesResponse },
  }),
  tnvedSearch: defineRoute({
    method: 'GET',
    path: `${base}/tnved`,
    querystring: tnved.searchQuery,
    response: { 200: tnved.searchResponse },
  }),
  tnvedSections: defineRoute({
    method: 'GET',
    path: `${base}/tnved/sections`,
    querystring: tnved.dateOnlyQuery,
    response: { 200: tnved.sectionsResponse },
  }),
  tnvedNode: defineRoute({
    method: 'GET',
    path: `${base}/tnved/:code`,
    params: tnved.nodeParams,
    querystring: tnved.dateOnlyQuery,
    response: { 200: tnved.nodeResponse },
  }),
};
