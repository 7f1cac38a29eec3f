import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Rule } from '../engine.ts';
import { classifierRule, type Visit } from './codes.ts';
import { listOf } from './define.ts';

/** Where a goods declaration carries codes of each classifier (Decision No. 257 boxes in comments). */
const kinds = ['goods'] as const;

function countries(d: GoodsDeclaration, visit: Visit): void {
  for (const party of ['consignor', 'consignee', 'financialParty', 'declarant'] as const) {
    visit(d[party]?.address?.countryCode, party, 'address', 'countryCode');
  }
  visit(d.tradingCountry, 'tradingCountry'); // box 11
  visit(d.dispatchCountry, 'dispatchCountry'); // box 15
  visit(d.destinationCountry, 'destinationCountry'); // box 17
  visit(d.departureTransport?.countryCode, 'departureTransport.countryCode'); // box 18
  visit(d.borderTransport?.countryCode, 'borderTransport.countryCode'); // box 21
  visit(d.goodsLocation?.address?.countryCode, 'goodsLocation.address.countryCode');
  for (const [i, item] of listOf(d.items).entries()) visit(item.originCountry, 'items', i, 'originCountry'); // box 34
}

function procedures(d: GoodsDeclaration, visit: Visit): void {
  visit(d.procedureCode, 'procedureCode'); // box 1
  for (const [i, item] of listOf(d.items).entries()) {
    visit(item.procedureCode, 'items', i, 'procedureCode'); // box 37
    visit(item.previousProcedureCode, 'items', i, 'previousProcedureCode');
  }
}

function transportModes(d: GoodsDeclaration, visit: Visit): void {
  visit(d.departureTransport?.modeCode, 'departureTransport.modeCode');
  visit(d.borderTransport?.modeCode, 'borderTransport.modeCode');
  visit(d.borderTransportMode, 'borderTransportMode'); // box 25
  visit(d.inlandTransportMode, 'inlandTransportMode'); // box 26
}

function documentKinds(d: GoodsDeclaration, visit: Visit): void {
  for (const [i, doc] of listOf(d.documents).entries()) visit(doc.kindCode, 'documents', i, 'kindCode');
  for (const [i, item] of listOf(d.items).entries()) {
    for (const [j, doc] of listOf(item.documents).entries())
      visit(doc.kindCode, 'items', i, 'documents', j, 'kindCode'); // box 44
  }
}

function paymentTypes(d: GoodsDeclaration, visit: Visit): void {
  for (const [i, item] of listOf(d.items).entries()) {
    for (const [j, line] of listOf(item.payments).entries())
      visit(line.typeCode, 'items', i, 'payments', j, 'typeCode'); // box 47
  }
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) visit(doc.typeCode, 'paymentDocuments', i, 'typeCode'); // box B
}

function units(d: GoodsDeclaration, visit: Visit): void {
  for (const [i, item] of listOf(d.items).entries())
    visit(item.supplementaryUnitCode, 'items', i, 'supplementaryUnitCode'); // box 41
}

export const goodsCodeRules: readonly Rule<GoodsDeclaration>[] = [
  classifierRule('goods', kinds, 'countries', countries),
  classifierRule('goods', kinds, 'currencies', (d, visit) => visit(d.invoiceCurrency, 'invoiceCurrency')), // box 22
  classifierRule('goods', kinds, 'customs-procedures', procedures),
  classifierRule('goods', kinds, 'transport-modes', transportModes),
  classifierRule('goods', kinds, 'document-kinds', documentKinds),
  classifierRule('goods', kinds, 'payment-types', paymentTypes),
  classifierRule('goods', kinds, 'units', units),
];
