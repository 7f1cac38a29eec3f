import { readReasonQuery } from '../../accounts/data-reads.ts';
import { routesAt } from '../../http.ts';
import { numberParam } from '../officer/schemas.ts';
import { declarationParams } from '../submission/schemas.ts';
import { printQuery } from './schemas.ts';

const declaration = routesAt('/api/v1/declarations/:id', declarationParams);
const registered = routesAt('/api/v1/officer/declarations/:registrationNumber', numberParam);

/** The printed forms of a declaration as PDF (ACC-19, WD-14): who may read the declaration may print it. */
export const printRoutes = {
  /** the declaration's form: goods and transit on their sheets, DTS-1 and DTS-2, any other kind by its sections */
  declarationPdf: declaration('GET', '/pdf', { querystring: printQuery, produces: 'application/pdf' }),
  /** the delivery receipt: the registration number, the signed document's hash, a QR code of its public check */
  receiptPdf: declaration('GET', '/receipt.pdf', { querystring: printQuery, produces: 'application/pdf' }),
  /** the officer prints a registered declaration of their bodies, the read on record (ACC-7) */
  officerDeclarationPdf: registered('GET', '/pdf', {
    querystring: printQuery.extend(readReasonQuery.shape),
    produces: 'application/pdf',
  }),
};
