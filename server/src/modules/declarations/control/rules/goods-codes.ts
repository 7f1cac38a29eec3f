import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Rule } from '../engine.ts';
import { classifierRule } from './codes.ts';
import { listOf } from './define.ts';

/** Where a goods declaration carries codes of each classifier (Decision No. 257 boxes in comments). */
type Fields = Iterable<readonly [string, string | undefined]>;
const kinds = ['goods'] as const;

function* countries(d: GoodsDeclaration): Fields {
  for (const party of ['consignor', 'consignee', 'financialParty', 'declarant'] as const) {
    yield [`${party}.address.countryCode`, d[party]?.address?.countryCode];
  }
  yield ['tradingCountry', d.tradingCountry]; // box 11
  yield ['dispatchCountry', d.dispatchCountry]; // box 15
  yield ['destinationCountry', d.destinationCountry]; // box 17
  yield ['departureTransport.countryCode', d.departureTransport?.countryCode]; // box 18
  yield ['borderTransport.countryCode', d.borderTransport?.countryCode]; // box 21
  yield ['goodsLocation.address.countryCode', d.goodsLocation?.address?.countryCode];
  for (const [i, item] of listOf(d.items).entries()) yield [`items.${i}.originCountry`, item.originCountry]; // box 34
}

function* procedures(d: GoodsDeclaration): Fields {
  yield ['procedureCode', d.procedureCode]; // box 1
  for (const [i, item] of listOf(d.items).entries()) {
    yield [`items.${i}.procedureCode`, item.procedureCode]; // box 37
    yield [`items.${i}.previousProcedureCode`, item.previousProcedureCode];
  }
}

function* transportModes(d: GoodsDeclaration): Fields {
  yield ['departureTransport.modeCode', d.departureTransport?.modeCode];
  yield ['borderTransport.modeCode', d.borderTransport?.modeCode];
  yield ['borderTransportMode', d.borderTransportMode]; // box 25
  yield ['inlandTransportMode', d.inlandTransportMode]; // box 26
}

function* documentKinds(d: GoodsDeclaration): Fields {
  for (const [i, doc] of listOf(d.documents).entries()) yield [`documents.${i}.kindCode`, doc.kindCode];
  for (const [i, item] of listOf(d.items).entries()) {
    for (const [j, doc] of listOf(item.documents).entries()) yield [`items.${i}.documents.${j}.kindCode`, doc.kindCode]; // box 44
  }
}

function* paymentTypes(d: GoodsDeclaration): Fields {
  for (const [i, item] of listOf(d.items).entries()) {
    for (const [j, line] of listOf(item.payments).entries()) yield [`items.${i}.payments.${j}.typeCode`, line.typeCode]; // box 47
  }
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) yield [`paymentDocuments.${i}.typeCode`, doc.typeCode]; // box B
}

function* units(d: GoodsDeclaration): Fields {
  for (const [i, item] of listOf(d.items).entries()) yield [`items.${i}.supplementaryUnitCode`, item.supplementaryUnitCode]; // box 41
}

export const goodsCodeRules: readonly Rule<GoodsDeclaration>[] = [
  classifierRule('goods', kinds, 'countries', countries),
  classifierRule('goods', kinds, 'currencies', (d) => [['invoiceCurrency', d.invoiceCurrency]]), // box 22
  classifierRule('goods', kinds, 'customs-procedures', procedures),
  classifierRule('goods', kinds, 'transport-modes', transportModes),
  classifierRule('goods', kinds, 'document-kinds', documentKinds),
  classifierRule('goods', kinds, 'payment-types', paymentTypes),
  classifierRule('goods', kinds, 'units', units),
];
