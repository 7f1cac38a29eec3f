import { preliminaryInformation } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { testAppConfig } from '../../../testing/app.ts';
import { corpusMissing } from '../../../testing/corpus.ts';
import { autoPreliminaryXml, expectedPreliminary } from '../../../testing/preliminary-xml.ts';
import { readReceivedXml } from './read-received.ts';

/**
 * ACC-16, issue 18 point 1: the road preliminary information a carrier's software makes
 * (AutoPreliminary) is read into an arrival notification, after the album's schema accepts it
 * (unchecked without ../shared/corpus).
 */
const missing = corpusMissing('customs-xml/xsd-fts-5.23.0');
const schemaDir = missing ? undefined : testAppConfig.declarations.customsXsdDir;
if (missing) console.warn(`the road preliminary information is read unchecked by the album's schema: ${missing}`);

describe('road preliminary information comes in as AutoPreliminary (ACC-16, WD-7)', () => {
  it('reads who gives it, the carrier, the office of arrival, the truck and the goods of every consignment', async () => {
    const reading = await readReceivedXml(autoPreliminaryXml, schemaDir);
    expect(reading.ok, JSON.stringify(reading)).toBe(true);
    if (!reading.ok) return;
    expect(reading.documents[0]!.kind).toBe('preliminary');
    expect(preliminaryInformation.parse(reading.documents[0]!.fields)).toEqual(expectedPreliminary);
  });

  it.skipIf(missing)('refuses an AutoPreliminary the schema does not accept', async () => {
    const reading = await readReceivedXml(
      autoPreliminaryXml.replace('<UsageCode>01</UsageCode>', '<UsageCode>1</UsageCode>'),
      schemaDir,
    );
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.code).toBe('SCHEMA_INVALID');
  });
});
