import type { ControlContext } from '@shekara/contracts/declarations/control';
import { allRules, controlDeclaration, localizeReport } from '@shekara/contracts/declarations/control';
import type { GoodsDeclaration } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { sampleDate, sampleDeclarant, sampleGoodsDeclaration, sampleOffice, sampleReference } from '../sample-goods.ts';

/**
 * Issue 6 point 3 (WD-8): every rule of the goods declaration one by one. The sample declaration
 * passes; each case breaks one thing and expects that rule's finding at that path and severity.
 */
const reference = sampleReference();
const context = (extra: Partial<ControlContext> = {}): ControlContext => ({ reference, date: sampleDate, ...extra });

interface Case {
  rule: string;
  path: string;
  severity?: 'error' | 'warning';
  breaks: (d: GoodsDeclaration) => void;
  ctx?: Partial<ControlContext>;
}

const item = (d: GoodsDeclaration, i = 1) => d.items[i]!;

const cases: Case[] = [
  { rule: 'office.unknown', path: 'customsOffice', breaks: () => {}, ctx: { customsOffice: '99999' } },
  { rule: 'office.kind-not-accepted', path: 'customsOffice', breaks: () => {}, ctx: { customsOffice: '75301' } },
  {
    rule: 'identity.signer-not-declarant',
    path: 'declarant.iinBin',
    breaks: () => {},
    ctx: { signer: { iin: '850115300011', bin: '150440000023', represents: [] } },
  },
  { rule: 'goods.header.procedure-required', path: 'procedureCode', breaks: (d) => delete d.procedureCode },
  { rule: 'goods.header.procedure-direction', path: 'procedureCode', breaks: (d) => (d.direction = 'EK') },
  { rule: 'goods.header.items-required', path: 'items', breaks: (d) => (d.items = []) },
  {
    rule: 'goods.header.destination-required',
    path: 'destinationCountry',
    breaks: (d) => {
      d.direction = 'EK';
      d.procedureCode = '10';
      for (const it of d.items) it.procedureCode = '10';
      delete d.destinationCountry;
    },
  },
  { rule: 'goods.header.dispatch-required', path: 'dispatchCountry', breaks: (d) => delete d.dispatchCountry },
  { rule: 'goods.header.invoice-currency-required', path: 'invoiceCurrency', breaks: (d) => delete d.invoiceCurrency },
  { rule: 'goods.header.exchange-rate-required', path: 'exchangeRate', breaks: (d) => delete d.exchangeRate },
  {
    rule: 'goods.header.transport-mode-required',
    path: 'borderTransportMode',
    breaks: (d) => delete d.borderTransportMode,
  },
  { rule: 'goods.header.border-office-unknown', path: 'borderOffice', breaks: (d) => (d.borderOffice = '12345') },
  { rule: 'goods.party.name-required', path: 'consignee.name', breaks: (d) => (d.consignee!.name = ' ') },
  { rule: 'goods.declarant.iin-bin-required', path: 'declarant.iinBin', breaks: (d) => delete d.declarant!.iinBin },
  {
    rule: 'goods.party.iin-bin-invalid',
    path: 'declarant.iinBin',
    breaks: (d) => (d.declarant!.iinBin = '150440000014'),
  },
  { rule: 'goods.filler.iin-invalid', path: 'filler.iin', breaks: (d) => (d.filler!.iin = sampleDeclarant) },
  { rule: 'goods.filler.required', path: 'filler.name', breaks: (d) => delete d.filler!.name },
  {
    rule: 'goods.format.date',
    path: 'items.1.documents.0.date',
    breaks: (d) => (item(d).documents![0]!.date = '2026-02-30'),
  },
  { rule: 'goods.format.hs-code', path: 'items.1.hsCode', breaks: (d) => (item(d).hsCode = '84713000') },
  {
    rule: 'goods.format.valuation-method',
    path: 'items.1.valuationMethod',
    breaks: (d) => (item(d).valuationMethod = '7'),
  },
  { rule: 'goods.format.negative', path: 'items.1.statisticalValue', breaks: (d) => (item(d).statisticalValue = -1) },
  { rule: 'goods.format.exchange-rate', path: 'exchangeRate', breaks: (d) => (d.exchangeRate = 0) },
  { rule: 'goods.country.unknown', path: 'items.1.originCountry', breaks: (d) => (item(d).originCountry = 'XX') },
  { rule: 'goods.currency.unknown', path: 'invoiceCurrency', breaks: (d) => (d.invoiceCurrency = 'XYZ') },
  {
    rule: 'goods.procedure.unknown',
    path: 'items.1.previousProcedureCode',
    breaks: (d) => (item(d).previousProcedureCode = '99'),
  },
  { rule: 'goods.transport-mode.unknown', path: 'inlandTransportMode', breaks: (d) => (d.inlandTransportMode = '11') },
  {
    rule: 'goods.document-kind.unknown',
    path: 'documents.0.kindCode',
    breaks: (d) => (d.documents![0]!.kindCode = '99999'),
  },
  {
    rule: 'goods.payment-type.unknown',
    path: 'items.1.payments.0.typeCode',
    breaks: (d) => (item(d).payments![0]!.typeCode = '9999'),
  },
  {
    rule: 'goods.unit.unknown',
    path: 'items.1.supplementaryUnitCode',
    breaks: (d) => (item(d).supplementaryUnitCode = '000'),
  },
  { rule: 'goods.item.number-sequence', path: 'items.1.number', breaks: (d) => (item(d).number = 3) },
  { rule: 'goods.item.description-required', path: 'items.1.description', breaks: (d) => (item(d).description = '') },
  { rule: 'goods.item.hs-code-required', path: 'items.1.hsCode', breaks: (d) => delete item(d).hsCode },
  { rule: 'goods.item.hs-code-unknown', path: 'items.1.hsCode', breaks: (d) => (item(d).hsCode = '8471300099') },
  { rule: 'goods.item.hs-code-group', path: 'items.1.hsCode', breaks: (d) => (item(d).hsCode = '8471000000') },
  { rule: 'goods.item.procedure-required', path: 'items.1.procedureCode', breaks: (d) => delete item(d).procedureCode },
  {
    rule: 'goods.item.procedure-matches-header',
    path: 'items.1.procedureCode',
    breaks: (d) => (item(d).procedureCode = '51'),
  },
  { rule: 'goods.item.origin-required', path: 'items.1.originCountry', breaks: (d) => delete item(d).originCountry },
  {
    rule: 'goods.item.customs-value-required',
    path: 'items.1.customsValue',
    breaks: (d) => {
      d.totalCustomsValue! -= item(d).customsValue!;
      delete item(d).customsValue;
    },
  },
  {
    rule: 'goods.item.invoice-value-required',
    path: 'items.1.invoiceValue',
    breaks: (d) => {
      d.totalInvoiceAmount! -= item(d).invoiceValue!;
      delete item(d).invoiceValue;
    },
  },
  { rule: 'goods.item.mass-required', path: 'items.1.grossMass', breaks: (d) => delete item(d).grossMass },
  { rule: 'goods.item.net-le-gross', path: 'items.1.netMass', breaks: (d) => (item(d).netMass = 13.1) },
  {
    rule: 'goods.item.gross-below-net-rounding',
    path: 'items.1.grossMass',
    severity: 'warning',
    breaks: (d) => (item(d).grossMass = 10.6),
  },
  {
    rule: 'goods.item.supplementary-unit',
    path: 'items.1.supplementaryQuantity',
    breaks: (d) => delete item(d).supplementaryQuantity,
  },
  {
    rule: 'goods.item.statistical-value-missing',
    path: 'items.1.statisticalValue',
    severity: 'warning',
    breaks: (d) => delete item(d).statisticalValue,
  },
  {
    rule: 'goods.item.document-incomplete',
    path: 'items.1.documents.0.number',
    breaks: (d) => delete item(d).documents![0]!.number,
  },
  {
    rule: 'goods.item.payment-amount',
    path: 'items.1.payments.1.amount',
    severity: 'warning',
    breaks: (d) => (item(d).payments![1]!.amount! += 1),
  },
  // box 47 against the payments engine's calculation, known on the server (issue 16 point 2)
  {
    rule: 'goods.payments.calculated',
    path: 'items.1.payments.0.amount',
    severity: 'warning',
    breaks: () => {},
    ctx: { payments: { items: [{}, { '2010': 1 }] } },
  },
  {
    rule: 'goods.payments.calculated',
    path: 'items.0.payments',
    severity: 'warning',
    breaks: () => {},
    ctx: { payments: { items: [{ '1010': 2_595_000 }] } },
  },
  { rule: 'goods.total.items', path: 'totalItems', breaks: (d) => (d.totalItems = 2) },
  { rule: 'goods.total.packages', path: 'totalPackages', breaks: (d) => (item(d).packages = 5) },
  { rule: 'goods.total.customs-value', path: 'totalCustomsValue', breaks: (d) => (d.totalCustomsValue! += 0.02) },
  { rule: 'goods.total.invoice-amount', path: 'totalInvoiceAmount', breaks: (d) => (item(d).invoiceValue! += 1) },
  // the earlier document named by its registration number (ACC-16, ACC-17)
  {
    rule: 'links.number-format',
    path: 'releaseBeforeDeclarationNumber',
    breaks: (d) => (d.releaseBeforeDeclarationNumber = '75101-061226-1'),
  },
];

describe('control of the goods declaration, rule by rule (issue 6 point 3, WD-8)', () => {
  it('passes the sample declaration with no finding, the office and the signer known', () => {
    const report = controlDeclaration(
      'goods',
      sampleGoodsDeclaration(),
      context({ customsOffice: sampleOffice, signer: { iin: '901120300033', bin: sampleDeclarant, represents: [] } }),
    );
    expect(report).toEqual({ errors: [], warnings: [] });
  });

  it.each(cases)('$rule: found at $path', ({ rule, path, severity = 'error', breaks, ctx }) => {
    const document = structuredClone(sampleGoodsDeclaration());
    breaks(document);
    const report = controlDeclaration('goods', document, context(ctx));
    const findings = [...report.errors, ...report.warnings].filter((finding) => finding.rule === rule);
    expect(findings.map((finding) => ({ path: finding.path, severity: finding.severity }))).toContainEqual({
      path,
      severity,
    });
    // the message names what it found, in every language, with no placeholder left unfilled
    for (const language of ['kk', 'ru', 'en'] as const) {
      for (const finding of [...localizeReport(report, language).errors, ...localizeReport(report, language).warnings])
        expect(finding.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('has a case for every rule of the goods declaration', () => {
    const ids = new Set(allRules.filter((rule) => rule.kinds.includes('goods')).map((rule) => rule.id));
    expect([...ids].filter((id) => !cases.some((c) => c.rule === id))).toEqual([]);
  });

  it('reads a half-filled draft without failing: required boxes are reported, nothing throws', () => {
    const report = controlDeclaration('goods', { items: [{}] }, context());
    expect(report.errors.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['goods.header.procedure-required', 'goods.item.number-sequence', 'goods.total.items']),
    );
    expect(controlDeclaration('goods', { items: [] }, context()).errors.map((f) => f.path)).toContain('items');
  });

  it('warns, not errs, when the gross mass is below the net by rounding only; errs beyond', () => {
    const rounding = structuredClone(sampleGoodsDeclaration());
    rounding.items[0]!.grossMass = 10.6;
    const report = controlDeclaration('goods', rounding, context());
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((f) => f.rule)).toEqual(['goods.item.gross-below-net-rounding']);
  });

  it('totals agree to the cent: a difference of 0.01 passes, of 0.02 does not', () => {
    const document = structuredClone(sampleGoodsDeclaration());
    document.totalCustomsValue! += 0.01;
    expect(controlDeclaration('goods', document, context()).errors).toEqual([]);
  });

  it('localises messages with their values in kk, ru and en', () => {
    const document = structuredClone(sampleGoodsDeclaration());
    document.items[1]!.netMass = 13.1;
    const report = controlDeclaration('goods', document, context());
    expect(localizeReport(report, 'en').errors).toEqual([
      {
        rule: 'goods.item.net-le-gross',
        path: 'items.1.netMass',
        message: 'Box 38: the net mass (13.1 kg) cannot exceed the gross mass (12.5 kg).',
        params: { net: '13.1', gross: '12.5' },
      },
    ]);
    // a decimal comma in Kazakh and Russian (issue 21 point 6)
    expect(localizeReport(report, 'ru').errors[0]!.message).toBe(
      'Графа 38: вес нетто (13,1 кг) не может быть больше веса брутто (12,5 кг).',
    );
    expect(localizeReport(report, 'kk').errors[0]!.message).toContain('13,1 кг');
  });
});
