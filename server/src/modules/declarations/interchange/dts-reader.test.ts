import { customsValueDeclaration1, customsValueDeclaration2 } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { testAppConfig } from '../../../testing/app.ts';
import { corpusMissing } from '../../../testing/corpus.ts';
import {
  dts1Xml,
  dts2MethodsXml,
  dts2Xml,
  expectedDts1,
  expectedDts2,
  expectedDts2Methods,
} from '../../../testing/customs-value-xml.ts';
import { edContainer, invoiceDocument } from '../../../testing/ed-container.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { writeGoodsEsad } from './esad-writer.ts';
import { readReceivedXml } from './read-received.ts';
import { validateAgainstSchema } from './xsd-validation.ts';

/**
 * WD-7, issue 18 point 1: customs value declarations made by declarant software (DTSout_CU, DTS-1
 * and DTS-2) are read into the customs_value_1 and customs_value_2 models, on their own or in an
 * ED_Container beside the goods declaration they value, after the album's schemas accept them
 * (unchecked without ../shared/corpus).
 */
const missing = corpusMissing('customs-xml/xsd-fts-5.23.0');
const schemaDir = missing ? undefined : testAppConfig.declarations.customsXsdDir;

if (missing) console.warn(`customs value declarations are read unchecked by the album's schema: ${missing}`);

const goodsEsad = () =>
  writeGoodsEsad(
    demoDocument('goods', { items: 2, declarant: '050540001242', office: '75101', date: '2026-03-02', seed: 3 }),
    { documentId: '6A1B0E4C-6A1B-4C0E-8A1B-0E4C6A1B0E4C', madeAt: '2026-03-02T10:00:00' },
  );

describe('customs value declarations DTS-1 and DTS-2 come in as DTSout_CU (WD-6, WD-7)', () => {
  it.skipIf(missing)('the test documents are valid by the album’s own schema', async () => {
    for (const xml of [dts1Xml, dts2Xml, dts2MethodsXml])
      expect(await validateAgainstSchema(schemaDir!, 'DTSout_CU', xml)).toEqual([]);
  });

  it('reads a DTS-1 by method 1: parties, documents, boxes 7–9 with their explanations, and per item price, additions, deductions, value and the sums in other currencies', async () => {
    const reading = await readReceivedXml(dts1Xml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(reading.schemaChecked).toBe(schemaDir !== undefined);
    expect(reading.documents).toHaveLength(1);
    expect(reading.documents[0]!.kind).toBe('customs_value_1');
    expect(customsValueDeclaration1.parse(reading.documents[0]!.fields)).toEqual(expectedDts1);
  });

  it('reads a DTS-2: the method, why the earlier ones could not be used, and the value per item', async () => {
    const reading = await readReceivedXml(dts2Xml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(reading.documents[0]!.kind).toBe('customs_value_2');
    expect(customsValueDeclaration2.parse(reading.documents[0]!.fields)).toEqual(expectedDts2);
  });

  it('reads each DTS-2 method’s calculation: identical goods (2), deductive per unit times the quantity (4), computed (5), fall-back on the transaction value (6), with the identical goods’ declaration', async () => {
    const reading = await readReceivedXml(dts2MethodsXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    const document = customsValueDeclaration2.parse(reading.documents[0]!.fields);
    expect(document).toEqual(expectedDts2Methods);
    // each item's value is its basis plus the additions less the deductions, as control checks
    for (const item of document.items)
      expect(item.customsValue).toBeCloseTo(
        (item.basis ?? 0) + (item.totalAdditions ?? 0) - (item.totalDeductions ?? 0),
        2,
      );
  });

  it.skipIf(missing)('refuses a DTSout_CU the schema does not accept, with the line', async () => {
    const reading = await readReceivedXml(dts1Xml.replace('<FormDTS>1</FormDTS>', '<FormDTS>x</FormDTS>'), schemaDir);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.code).toBe('SCHEMA_INVALID');
    expect(reading.errors[0]!.line).toBeGreaterThan(1);
  });
});

describe('an ED_Container carries customs value declarations beside the goods declaration (WD-7)', () => {
  it('reads the goods declaration and both DTS of a container in their order, passing over a document it does not read', async () => {
    const container = edContainer(goodsEsad(), dts1Xml, invoiceDocument, dts2MethodsXml);
    const reading = await readReceivedXml(container, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(reading.schemaChecked).toBe(schemaDir !== undefined);
    expect(reading.documents.map((d) => d.kind)).toEqual(['goods', 'customs_value_1', 'customs_value_2']);
    expect(customsValueDeclaration1.parse(reading.documents[1]!.fields)).toEqual(expectedDts1);
    expect(customsValueDeclaration2.parse(reading.documents[2]!.fields)).toEqual(expectedDts2Methods);
  });

  it.skipIf(missing)(
    'refuses a container whose DTS its schema does not accept, with the line in the container',
    async () => {
      const container = edContainer(goodsEsad(), dts1Xml.replace('<FormDTS>1</FormDTS>', '<FormDTS>x</FormDTS>'));
      const reading = await readReceivedXml(container, schemaDir);
      expect(reading.ok).toBe(false);
      if (reading.ok) return;
      expect(reading.code).toBe('SCHEMA_INVALID');
      const line = container.split('\n').findIndex((text) => text.includes('<FormDTS>x</FormDTS>')) + 1;
      expect(reading.errors[0]).toMatchObject({ element: 'FormDTS', line });
    },
  );

  it('refuses a container that holds none of the documents read', async () => {
    const reading = await readReceivedXml(edContainer(invoiceDocument), schemaDir);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.code).toBe('NOT_ESAD');
  });
});
