import {
  type DeclarationKind,
  declarantOf,
  declarationKinds,
  documentDateOf,
  documentSchemas,
  maxReportedIssues,
} from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { parseDocument } from './parse-document.ts';

const options = { items: 3, declarant: '050540001242', office: '33201', date: '2025-11-20' };
/** What a draft saved before anything is filled in looks like: the item list, where the kind has one. */
const emptyDraft = (kind: DeclarationKind): object => ('items' in demoDocument(kind, options) ? { items: [] } : {});

describe('document models (issue 6 point 1)', () => {
  for (const kind of declarationKinds) {
    describe(kind, () => {
      it('accepts a full demo document and an empty draft', () => {
        const document = demoDocument(kind, options);
        expect(documentSchemas[kind].parse(document)).toEqual(document);
        expect(documentSchemas[kind].safeParse(emptyDraft(kind)).success).toBe(true);
      });

      it('refuses unknown fields, at the top and inside a box', () => {
        const document = demoDocument(kind, options) as Record<string, unknown> & { filler: object };
        expect(documentSchemas[kind].safeParse({ ...document, surprise: 1 }).success).toBe(false);
        expect(
          documentSchemas[kind].safeParse({ ...document, filler: { ...document.filler, surprise: 1 } }).success,
        ).toBe(false);
      });

      it('refuses oversize values', () => {
        const document = demoDocument(kind, options) as Record<string, unknown> & { filler: object };
        expect(
          documentSchemas[kind].safeParse({ ...document, filler: { ...document.filler, name: 'я'.repeat(301) } })
            .success,
        ).toBe(false);
        expect(
          documentSchemas[kind].safeParse({ ...document, filler: { ...document.filler, date: '2025-11-20T00:00' } })
            .success,
        ).toBe(false);
        if ('items' in document)
          expect(
            documentSchemas[kind].safeParse({ ...document, items: Array.from({ length: 1000 }, () => ({})) }).success,
          ).toBe(false);
      });
    });
  }

  it('bounds amounts: a number beyond ±1e15 or not finite is refused', () => {
    const goods = demoDocument('goods', options);
    expect(documentSchemas.goods.safeParse({ ...goods, totalCustomsValue: 1e16 }).success).toBe(false);
    expect(
      documentSchemas.goods.safeParse({ ...goods, items: [{ ...goods.items[0], grossMass: Number.POSITIVE_INFINITY }] })
        .success,
    ).toBe(false);
  });

  it('preliminary information holds each subkind, the preliminary goods declaration in the goods model', () => {
    for (const subkind of ['arrival_notification', 'preliminary_goods_declaration', 'temporary_storage'] as const) {
      const document = demoDocument('preliminary', { ...options, subkind });
      expect(parseDocument('preliminary', document).subkind).toBe(subkind);
    }
    expect(
      demoDocument('preliminary', { ...options, subkind: 'preliminary_goods_declaration' }).goodsDeclaration?.items,
    ).toHaveLength(3);
    expect(documentSchemas.preliminary.safeParse({ subkind: 'pre_arrival' }).success).toBe(false);
  });
});

describe('parseDocument', () => {
  it('returns the typed document', () => {
    const document = demoDocument('transit', options);
    expect(parseDocument('transit', document).items[0]?.hsCode).toBe(document.items[0]?.hsCode);
  });

  it('refuses with DECL_DOCUMENT_INVALID: the first issue in `problem`, each issue with its path in `details`', () => {
    const refusal = (() => {
      try {
        parseDocument('goods', {
          items: [{ number: 1, netMass: 'heavy' }, { hsCode: '1'.repeat(11) }],
          surprise: true,
        });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    const error = refusal as AppError;
    expect(error.code).toBe('DECL_DOCUMENT_INVALID');
    expect(error.status).toBe(400);
    const { issues, count } = error.details as { issues: { path: string; message: string }[]; count: number };
    expect(count).toBe(3);
    expect(issues.map((i) => i.path).sort()).toEqual(['', 'items.0.netMass', 'items.1.hsCode']);
    expect(error.params?.problem).toMatch(/\(\+2\)$/);
  });

  it('refuses a document that is not an object, and returns at most the first issues of a large paste', () => {
    expect(() => parseDocument('vehicle', 'text')).toThrow(AppError);
    try {
      parseDocument('goods', { items: Array.from({ length: 200 }, () => ({ number: 'x' })) });
    } catch (error) {
      const { issues, count } = (error as AppError).details as { issues: unknown[]; count: number };
      expect(count).toBe(200);
      expect(issues).toHaveLength(maxReportedIssues);
    }
  });
});

describe('declarantOf and documentDateOf', () => {
  it("name each kind's declarant or applicant and the filler's date", () => {
    for (const kind of declarationKinds) {
      const document = demoDocument(kind, { ...options, declarant: '800115300012' });
      expect(declarantOf(kind, document), kind).toBe('800115300012');
      expect(documentDateOf(kind, document), kind).toBe('2025-11-20');
    }
  });

  it('are null while the draft does not say', () => {
    for (const kind of declarationKinds) {
      expect(declarantOf(kind, emptyDraft(kind) as never)).toBeNull();
      expect(documentDateOf(kind, emptyDraft(kind) as never)).toBeNull();
    }
    expect(declarantOf('goods', { items: [], declarant: { iinBin: '' } })).toBeNull();
  });
});
