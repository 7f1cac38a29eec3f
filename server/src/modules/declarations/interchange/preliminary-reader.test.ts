import { preliminaryInformation } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { testAppConfig } from '../../../testing/app.ts';
import { corpusMissing } from '../../../testing/corpus.ts';
import {
  airPreliminaryXml,
  autoPreliminaryXml,
  expectedAirPreliminary,
  expectedPreliminary,
  expectedRailPreliminary,
  expectedSeaPreliminary,
  railPreliminaryXml,
  seaPreliminaryXml,
} from '../../../testing/preliminary-xml.ts';
import { readReceivedXml } from './read-received.ts';
import { validateAgainstSchema } from './xsd-validation.ts';

/**
 * ACC-16, issue 18 point 1: the preliminary information carriers' software makes for road, air, rail
 * and sea transport (AutoPreliminary, AirPreliminary, RWPreliminary, SeaPreliminary) is read into an
 * arrival notification, after the album's schema accepts it (unchecked without ../shared/corpus).
 */
const missing = corpusMissing('customs-xml/xsd-fts-5.23.0');
const schemaDir = missing ? undefined : testAppConfig.declarations.customsXsdDir;
if (missing) console.warn(`preliminary information is read unchecked by the album's schemas: ${missing}`);

const documents = [
  { root: 'AutoPreliminary', xml: autoPreliminaryXml, expected: expectedPreliminary },
  { root: 'AirPreliminary', xml: airPreliminaryXml, expected: expectedAirPreliminary },
  { root: 'RWPreliminary', xml: railPreliminaryXml, expected: expectedRailPreliminary },
  { root: 'SeaPreliminary', xml: seaPreliminaryXml, expected: expectedSeaPreliminary },
] as const;

describe('preliminary information comes in as the album’s XML for every mode of transport (ACC-16, WD-7)', () => {
  it.skipIf(missing)('the test documents are valid by the album’s own schemas', async () => {
    for (const { root, xml } of documents) expect(await validateAgainstSchema(schemaDir!, root, xml), root).toEqual([]);
  });

  it('road: who gives it, the carrier, the office of arrival and the day the route reaches it, the truck (not its trailer), the planned storage place, and the goods of every consignment', async () => {
    const reading = await readReceivedXml(autoPreliminaryXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(reading.schemaChecked).toBe(schemaDir !== undefined);
    expect(reading.documents[0]!.kind).toBe('preliminary');
    expect(preliminaryInformation.parse(reading.documents[0]!.fields)).toEqual(expectedPreliminary);
  });

  it('air: the aircraft by its registration and nationality, the planned arrival time, the air waybill and the storage place', async () => {
    const reading = await readReceivedXml(airPreliminaryXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(preliminaryInformation.parse(reading.documents[0]!.fields)).toEqual(expectedAirPreliminary);
  });

  it('rail: the first wagon by its number, the office of arrival, the goods under their SMGS waybill', async () => {
    const reading = await readReceivedXml(railPreliminaryXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(preliminaryInformation.parse(reading.documents[0]!.fields)).toEqual(expectedRailPreliminary);
  });

  it('sea: the vessel by its name and flag, the planned arrival time, the bill of lading and the storage place', async () => {
    const reading = await readReceivedXml(seaPreliminaryXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(preliminaryInformation.parse(reading.documents[0]!.fields)).toEqual(expectedSeaPreliminary);
  });

  it('a flight without the aircraft’s registration is named by its airline and flight number; a vessel without a name by its IMO number', async () => {
    const air = await readReceivedXml(airPreliminaryXml.replace('<AirRegNumber>P4-KCA</AirRegNumber>', ''), schemaDir);
    const sea = await readReceivedXml(seaPreliminaryXml.replace('<ShipName>CASPIAN STAR</ShipName>', ''), schemaDir);
    expect(air.ok && air.documents[0]!.fields).toMatchObject({ transport: { identification: '465 0911' } });
    expect(sea.ok && sea.documents[0]!.fields).toMatchObject({ transport: { identification: 'IMO 9321483' } });
  });

  it.skipIf(missing)('refuses each kind when its schema does not accept it, naming the element', async () => {
    const broken = [
      autoPreliminaryXml.replace('<UsageCode>01</UsageCode>', '<UsageCode>1</UsageCode>'),
      airPreliminaryXml.replace('<AirportCode>ALA</AirportCode>', '<AirportCode>ALMATY</AirportCode>'),
      railPreliminaryXml.replace(
        '<RailwayStationCode>695600</RailwayStationCode>',
        '<RailwayStationCode>6956</RailwayStationCode>',
      ),
      seaPreliminaryXml.replace('<ShipIMONumber>9321483</ShipIMONumber>', '<ShipIMONumber>93214</ShipIMONumber>'),
    ];
    const elements = ['UsageCode', 'AirportCode', 'RailwayStationCode', 'ShipIMONumber'];
    for (const [i, xml] of broken.entries()) {
      const reading = await readReceivedXml(xml, schemaDir);
      expect(reading.ok, elements[i]).toBe(false);
      if (reading.ok) continue;
      expect(reading.code).toBe('SCHEMA_INVALID');
      expect(reading.errors[0]).toMatchObject({ element: elements[i] });
      expect(reading.errors[0]!.line).toBeGreaterThan(1);
    }
  });
});
