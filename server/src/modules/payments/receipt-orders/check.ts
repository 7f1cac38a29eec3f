import { createHash } from 'node:crypto';
import { parseSignedData } from '@shekara/nca';
import type { Queryable } from '../../../platform/db/database.ts';
import type { SignatureSetup } from '../../signature/index.ts';
import { formatTiyn } from '../money.ts';
import { ReceiptOrderErrors } from './errors.ts';
import { findReceiptOrderByNumber } from './receipt-order-repository.ts';

/**
 * The public check of a printed ТПО (ACC-21): whoever holds the paper — the recipient, a post
 * office, a bank — gives its number and the SHA-256 of the signed document printed on it, and
 * learns its status, its total and whether the system's signature verifies over that very
 * document. Neither alone is enough, and a wrong pair reads as an unknown number; the answer
 * names no person.
 */
export async function checkReceiptOrder(
  db: Queryable,
  verifier: SignatureSetup['verifier'],
  number: string,
  hash: string,
) {
  const order = await findReceiptOrderByNumber(db, number);
  if (!order || createHash('sha256').update(order.document).digest('hex') !== hash.toLowerCase())
    throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
  const verified = await verifier.verifyCms(order.signatureCms, { purpose: 'sign' });
  const content = verified.valid ? parseSignedData(order.signatureCms).content : null;
  const valid = verified.valid && content != null && Buffer.from(content).equals(Buffer.from(order.document));
  return {
    number: order.number,
    officeCode: order.officeCode,
    issuedAt: order.issuedAt.toISOString(),
    status: order.status,
    total: formatTiyn(order.total),
    signature: { valid, signer: verified.signer?.commonName ?? null },
  };
}
