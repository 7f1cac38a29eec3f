import { customsValueDeclaration1, customsValueDeclaration2 } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { testAppConfig } from '../../../testing/app.ts';
import { corpusMissing } from '../../../testing/corpus.ts';
import { dts1Xml, dts2Xml, expectedDts1, expectedDts2 } from '../../../testing/customs-value-xml.ts';
import { readReceivedXml } from './read-received.ts';

/**
 * WD-7, issue 18 point 1: customs value declarations made by declarant software (DTSout_CU, DTS-1
 * and DTS-2) are read into the customs_value_1 and customs_value_2 models, after the album's schema
 * accepts them (unchecked without ../shared/corpus).
 */
const missing = corpusMissing('customs-xml/xsd-fts-5.23.0');
const schemaDir = missing ? undefined : testAppConfig.declarations.customsXsdDir;

if (missing) console.warn(`customs value declarations are read unchecked by the album's schema: ${missing}`);

describe('customs value declarations DTS-1 and DTS-2 come in as DTSout_CU (WD-6, WD-7)', () => {
  it('reads a DTS-1 by method 1: parties, documents, boxes 7–9, and per item price, additions, deductions and value', async () => {
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

  it.skipIf(missing)('refuses a DTSout_CU the schema does not accept, with the line', async () => {
    const reading = await readReceivedXml(dts1Xml.replace('<FormDTS>1</FormDTS>', '<FormDTS>x</FormDTS>'), schemaDir);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.code).toBe('SCHEMA_INVALID');
    expect(reading.errors[0]!.line).toBeGreaterThan(1);
  });
});
