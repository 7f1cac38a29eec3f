import type { ControlContext, KindSpec } from '@shekara/contracts/declarations/control';
import { allRules, controlDeclaration, kindSpecs } from '@shekara/contracts/declarations/control';
import { acceptanceCodes, type DeclarationKind } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../../demo/demo-document.ts';
import { sampleDate, sampleDeclarant, sampleReference } from '../sample-goods.ts';

/**
 * Issue 6 point 3 (WD-8) for the nine kinds beside the goods declaration: each kind's demo
 * document passes; each rule, broken one at a time, is found at its path with its severity.
 */
const reference = sampleReference();
const officeFor = (kind: DeclarationKind) =>
  [...reference.bodies.keys()].find((code) =>
    reference.customsBody(code, sampleDate)?.accepts.includes(acceptanceCodes[kind]),
  )!;
const context = (kind: DeclarationKind, extra: Partial<ControlContext> = {}): ControlContext => ({
  reference,
  date: sampleDate,
  customsOffice: officeFor(kind),
  ...extra,
});
/** A passenger declaration is an individual's (IIN); the other kinds are the sample organisation's (BIN). */
const sampleIndividual = '800115300012';
const declarantFor = (kind: DeclarationKind) => (kind === 'passenger' ? sampleIndividual : sampleDeclarant);
const demo = (kind: DeclarationKind) =>
  structuredClone(
    demoDocument(kind, { items: 3, declarant: declarantFor(kind), office: officeFor(kind), date: sampleDate }),
  ) as Record<string, unknown>;

/** The first concrete path of a path with `*` (the first element). */
const first = (path: string) => path.replaceAll('*', '0');

/** Sets a value at a concrete path, making the objects and lists on the way. */
function setAt(document: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: Record<string, unknown> = document;
  parts.slice(0, -1).forEach((part, i) => {
    if (at[part] === undefined || at[part] === null) at[part] = /^\d+$/.test(parts[i + 1]!) ? [] : {};
    at = at[part] as Record<string, unknown>;
  });
  const last = parts.at(-1)!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}
const getAt = (document: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], document);

interface Case {
  kind: DeclarationKind;
  rule: string;
  path: string;
  breaks: (d: Record<string, unknown>) => void;
  ctx?: Partial<ControlContext>;
}

/** The case of a rule that reports `path` when `value` is written there (undefined: the field removed). */
const wrongAt = (kind: DeclarationKind, rule: string, path: string, value: unknown): Case => ({
  kind,
  rule,
  path,
  breaks: (d) => setAt(d, path, value),
});

function casesOf(spec: KindSpec): Case[] {
  const { kind } = spec;
  const cases: Case[] = [
    wrongAt(kind, `${kind}.required`, spec.required[0]!, undefined),
    wrongAt(kind, `${kind}.declarant.iin-bin-invalid`, spec.declarant, '150440000014'),
    wrongAt(kind, `${kind}.format.date`, 'filler.date', '2026-02-30'),
    {
      kind,
      rule: 'identity.signer-not-declarant',
      path: spec.declarant,
      breaks: () => {},
      ctx: { signer: { iin: '850115300011', bin: '150440000023', represents: [] } },
    },
    { kind, rule: 'office.unknown', path: 'customsOffice', breaks: () => {}, ctx: { customsOffice: '99999' } },
    {
      kind,
      rule: 'office.kind-not-accepted',
      path: 'customsOffice',
      breaks: () => {},
      ctx: { customsOffice: '75000' },
    },
  ];
  if (spec.hsCodes[0]) cases.push(wrongAt(kind, `${kind}.hs-code`, first(spec.hsCodes[0]), '0101000000'));
  if (spec.offices[0]) cases.push(wrongAt(kind, `${kind}.office-unknown`, first(spec.offices[0]), '99999'));
  const ids: Record<string, string> = {
    countries: 'country',
    currencies: 'currency',
    'customs-procedures': 'procedure',
    'transport-modes': 'transport-mode',
    'document-kinds': 'document-kind',
    'payment-types': 'payment-type',
    units: 'unit',
  };
  for (const [classifier, paths] of Object.entries(spec.codes)) {
    cases.push(wrongAt(kind, `${kind}.${ids[classifier]}.unknown`, first(paths[0]!), 'Z9'));
  }
  if (spec.items) {
    const { list, count, packages, sums = [] } = spec.items;
    cases.push(wrongAt(kind, `${kind}.item.number-sequence`, `${list}.0.number`, 7));
    if (count) cases.push(wrongAt(kind, `${kind}.total.items`, count, 4));
    for (const total of [...(packages ? [packages] : []), ...sums.map((s) => s.total)]) {
      cases.push({
        kind,
        rule: `${kind}.total.${total}`,
        path: total,
        breaks: (d) => setAt(d, total, Number(getAt(d, total) ?? 0) + 1),
      });
    }
  }
  return cases;
}

const cases: Case[] = [
  ...kindSpecs.flatMap(casesOf),
  // the passenger declaration's own rules; its behaviour in full is in passenger-rules.test.ts
  wrongAt('passenger', 'passenger.declarant.not-individual', 'declarant.iinBin', sampleDeclarant),
  wrongAt('passenger', 'passenger.country-of-direction', 'departureCountry', undefined),
  wrongAt('passenger', 'passenger.baggage-transport', 'transport', undefined),
  wrongAt('passenger', 'passenger.goods.amount-positive', 'goods.0.quantity', 0),
  wrongAt('passenger', 'passenger.goods.measure-negative', 'goods.0.massKg', -1),
  {
    kind: 'passenger',
    rule: 'passenger.cash.currency-repeated',
    path: 'cash.1.currency',
    breaks: (d) => setAt(d, 'cash.1', { kind: 'cash', currency: 'USD', amount: 5 }),
  },
  {
    kind: 'passenger',
    rule: 'passenger.nothing-declared',
    path: 'goods',
    breaks: (d) => {
      delete d.goods;
      delete d.cash;
    },
  },
  {
    kind: 'temporary_vehicle',
    rule: 'temporary_vehicle.requested-term-after-current',
    path: 'requestedTerm',
    breaks: (d) => {
      d.operation = 'extend_term';
      d.requestedTerm = d.currentTerm;
    },
  },
  {
    kind: 'temporary_vehicle',
    rule: 'temporary_vehicle.transferee-required',
    path: 'transferee.name',
    breaks: (d) => {
      d.operation = 'transfer_to_another_person';
      delete d.transferee;
    },
  },
  { kind: 'preliminary', rule: 'preliminary.subkind-content', path: 'goods', breaks: (d) => delete d.goods },
  {
    kind: 'preliminary',
    rule: 'preliminary.subkind-content',
    path: 'temporaryStorage.warehouseLicence',
    breaks: (d) => {
      d.subkind = 'temporary_storage';
      delete d.temporaryStorage;
    },
  },
  {
    kind: 'transaction_passport',
    rule: 'transaction_passport.contract-end-after-date',
    path: 'contract.endDate',
    breaks: (d) => setAt(d, 'contract.endDate', '2001-01-01'),
  },
  {
    kind: 'customs_value_1',
    rule: 'customs_value_1.item.customs-value-sum',
    path: 'items.0.customsValue',
    breaks: (d) => setAt(d, 'items.0.customsValue', Number(getAt(d, 'items.0.customsValue')) + 5),
  },
  {
    kind: 'customs_value_2',
    rule: 'customs_value_2.item.customs-value-sum',
    path: 'items.0.customsValue',
    breaks: (d) => setAt(d, 'items.0.customsValue', Number(getAt(d, 'items.0.customsValue')) + 5),
  },
  // the preliminary information a transit declaration follows, by its number (ACC-16)
  {
    kind: 'transit',
    rule: 'links.number-format',
    path: 'preliminaryInformationNumber',
    breaks: (d) => setAt(d, 'preliminaryInformationNumber', '75301/6122/1'),
  },
];

describe('control of the other kinds, rule by rule (issue 6 point 3, WD-8)', () => {
  it.each(kindSpecs.map((spec) => spec.kind))('passes the demo document of %s', (kind) => {
    expect(
      controlDeclaration(
        kind,
        demo(kind),
        context(kind, {
          signer:
            kind === 'passenger'
              ? { iin: sampleIndividual, bin: null, represents: [] }
              : { iin: null, bin: sampleDeclarant, represents: [] },
        }),
      ),
    ).toEqual({ errors: [], warnings: [] });
  });

  it.each(cases)('$kind: $rule found at $path', ({ kind, rule, path, breaks, ctx }) => {
    const document = demo(kind);
    breaks(document);
    const findings = controlDeclaration(kind, document, context(kind, ctx)).errors.filter(
      (finding) => finding.rule === rule,
    );
    expect(findings.map((finding) => ({ path: finding.path, severity: finding.severity }))).toContainEqual({
      path,
      severity: 'error',
    });
  });

  it('has a case for every rule of every other kind', () => {
    // the goods declaration's own rules (inside a preliminary goods declaration too) are tested in goods-rules.test.ts
    const ids = new Set(
      allRules
        .filter((rule) => !rule.kinds.includes('goods') && !rule.id.startsWith('goods.'))
        .map((rule) => `${rule.kinds[0]} ${rule.id}`),
    );
    expect([...ids].filter((id) => !cases.some((c) => `${c.kind} ${c.rule}` === id))).toEqual([]);
  });

  it('checks the goods declaration inside a preliminary goods declaration with the goods rules, under goodsDeclaration.', () => {
    const office = officeFor('preliminary');
    const document = structuredClone(
      demoDocument('preliminary', {
        items: 3,
        declarant: sampleDeclarant,
        office,
        date: sampleDate,
        subkind: 'preliminary_goods_declaration',
      }),
    );
    expect(controlDeclaration('preliminary', document, context('preliminary'))).toEqual({ errors: [], warnings: [] });
    const item = document.goodsDeclaration!.items[1]!;
    item.netMass = item.grossMass! + 10;
    delete document.goodsDeclaration!.totalItems;
    const errors = controlDeclaration('preliminary', document, context('preliminary')).errors.map((f) => [
      f.rule,
      f.path,
    ]);
    expect(errors).toEqual([
      ['goods.item.net-le-gross', 'goodsDeclaration.items.1.netMass'],
      ['goods.total.items', 'goodsDeclaration.totalItems'],
    ]);
    delete document.goodsDeclaration;
    expect(
      controlDeclaration('preliminary', document, context('preliminary')).errors.map((f) => [f.rule, f.path]),
    ).toEqual([['preliminary.subkind-content', 'goodsDeclaration']]);
  });

  it('reads an empty document of each kind without failing, reporting its required boxes', () => {
    for (const spec of kindSpecs) {
      const report = controlDeclaration(spec.kind, spec.items ? { [spec.items.list]: [] } : {}, context(spec.kind));
      expect(report.errors.map((f) => f.rule)).toContain(`${spec.kind}.required`);
    }
  });
});
