import { z } from 'zod';
import { defineRoute, routesAt } from '../../http.ts';
import { controlAnswer, controlReferenceQuery, controlSnapshot } from '../control/schemas.ts';
import * as s from './schemas.ts';

const base = '/api/v1/declarations';
const draft = routesAt(`${base}/:id`, s.idParams);
const attachment = routesAt(`${base}/:id/attachments/:attachmentId`, s.attachmentParams);

/** The declarant's own documents: drafts, their files, control and copies (issue 6 point 12). */
export const draftRoutes = {
  create: defineRoute({ method: 'POST', path: base, body: s.newDraft, response: { 201: s.savedDraft } }),
  list: defineRoute({ method: 'GET', path: base, querystring: s.listQuery, response: { 200: s.declarationList } }),
  one: draft('GET', '', { response: { 200: s.declarationDetail } }),
  save: draft('PUT', '', { body: s.draftSave, response: { 200: s.savedDraft } }),
  delete: draft('DELETE', '', {}),
  copy: draft('POST', '/copy', { response: { 201: s.savedDraft } }),
  check: draft('POST', '/check', { body: s.checkRequest, response: { 200: controlAnswer } }),
  /** the body is the file itself (PDF, JPEG or PNG) */
  attach: draft('POST', '/attachments', { querystring: s.attachmentUploadQuery, response: { 201: s.attachmentView } }),
  attachment: attachment('GET', '', { produces: 'application/octet-stream' }),
  removeAttachment: attachment('DELETE', '', {}),
  controlReference: defineRoute({
    method: 'GET',
    path: `${base}/control-reference`,
    querystring: controlReferenceQuery,
    response: { 200: controlSnapshot },
  }),
  startCorrection: defineRoute({
    method: 'POST',
    path: `${base}/:id/corrections`,
    params: z.object({ id: z.uuid() }),
    response: { 201: z.object({ id: z.string(), correctsId: z.string() }) },
  }),
};
