import { z } from 'zod';
import { defineRoute } from '../../http.ts';
import { controlAnswer, controlReferenceQuery, controlSnapshot } from '../control/schemas.ts';
import * as s from './schemas.ts';

const base = '/api/v1/declarations';

/** The declarant's own documents: drafts, their files, control and copies (issue 6 point 12). */
export const draftRoutes = {
  create: defineRoute({ method: 'POST', path: base, body: s.newDraft, response: { 201: s.savedDraft } }),
  list: defineRoute({ method: 'GET', path: base, querystring: s.listQuery, response: { 200: s.declarationList } }),
  one: defineRoute({ method: 'GET', path: `${base}/:id`, params: s.idParams, response: { 200: s.declarationDetail } }),
  save: defineRoute({
    method: 'PUT',
    path: `${base}/:id`,
    params: s.idParams,
    body: s.draftSave,
    response: { 200: s.savedDraft },
  }),
  delete: defineRoute({ method: 'DELETE', path: `${base}/:id`, params: s.idParams }),
  copy: defineRoute({ method: 'POST', path: `${base}/:id/copy`, params: s.idParams, response: { 201: s.savedDraft } }),
  check: defineRoute({
    method: 'POST',
    path: `${base}/:id/check`,
    params: s.idParams,
    body: s.checkRequest,
    response: { 200: controlAnswer },
  }),
  /** the body is the file itself (PDF, JPEG or PNG) */
  attach: defineRoute({
    method: 'POST',
    path: `${base}/:id/attachments`,
    params: s.idParams,
    querystring: s.attachmentUploadQuery,
    response: { 201: s.attachmentView },
  }),
  attachment: defineRoute({
    method: 'GET',
    path: `${base}/:id/attachments/:attachmentId`,
    params: s.attachmentParams,
    produces: 'application/octet-stream',
  }),
  removeAttachment: defineRoute({
    method: 'DELETE',
    path: `${base}/:id/attachments/:attachmentId`,
    params: s.attachmentParams,
  }),
  /** the body is the ESADout_CU XML file */
  importEsadTransit: defineRoute({
    method: 'POST',
    path: `${base}/imports/esad-transit`,
    response: { 201: s.savedDraft },
  }),
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
