import { z } from 'zod';
import { defineRoute } from '../../http.ts';
import { controlAnswer } from '../control/schemas.ts';

const base = '/api/v1/declarations';
const idParams = z.object({ id: z.uuid() });

/** A complaint about one received file: its code, and where the schemas place it. */
export const importError = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  element: z.string().optional(),
});

/** The report of one file of an upload (one per document an ED_Container holds). */
export const importedFile = z.object({
  name: z.string(),
  status: z.enum(['imported', 'refused']),
  declarationId: z.uuid().optional(),
  kind: z.enum(['goods', 'transit', 'customs_value_1', 'customs_value_2', 'preliminary']).optional(),
  /** false when the server has no schemas configured (CUSTOMS_XSD_DIR): the file was read unchecked */
  schemaChecked: z.boolean().optional(),
  errors: z.array(importError).optional(),
  /** format-logical control of the imported draft */
  control: controlAnswer.optional(),
});
export type ImportedFile = z.infer<typeof importedFile>;

export const importReport = z.object({ files: z.array(importedFile) });
export type ImportReport = z.infer<typeof importReport>;

/** Goods and transit declarations in and out as the ESADout_CU XML of the album of formats (WD-7, WD-14). */
export const interchangeRoutes = {
  /** multipart/form-data with the field `file`: one XML file or a zip of them */
  import: defineRoute({ method: 'POST', path: `${base}/import`, response: { 200: importReport } }),
  exportXml: defineRoute({ method: 'GET', path: `${base}/:id/xml`, params: idParams, produces: 'application/xml' }),
  /** the file the declaration was imported from, byte for byte */
  receivedFile: defineRoute({
    method: 'GET',
    path: `${base}/:id/received-file`,
    params: idParams,
    produces: 'application/xml',
  }),
};
