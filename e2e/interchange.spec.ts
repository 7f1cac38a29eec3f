import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing } from '../server/src/testing/corpus.ts';
import ru from '../web/src/features/declarations/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { screenshot, slower } from './helpers.ts';
import { organisationContext } from './people.ts';
import { resultsDir, useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);
const samplesDir = 'customs-xml/samples';
const missing = corpusMissing(samplesDir);
if (missing && !unavailable) console.warn(`the upload of the real samples is skipped: ${missing}`);

/**
 * Issue 18 point 3 in Chromium (WD-7, WD-14): the declarant uploads a zip of the four real
 * declarations made by other declarant software on the bulk upload page, sees a report for each
 * declaration in it, opens one of the drafts and downloads it as the album's XML.
 */
describe.skipIf(unavailable !== null)('declarations uploaded and downloaded as the album’s XML, in Chromium', () => {
  const stage = useStage('interchange');
  const url = (p: string) => `${stage.server.url}${p}`;

  it.skipIf(missing !== null)(
    'WD-7: a zip of the four samples gives a report per declaration; one downloads as ESADout_CU',
    async () => {
      const samples = fs.readdirSync(path.join(corpusDir, samplesDir)).filter((f) => f.endsWith('.xml'));
      expect(samples).toHaveLength(4);
      const zip = zipSync(
        Object.fromEntries(
          samples.map((s) => [s, new Uint8Array(fs.readFileSync(path.join(corpusDir, samplesDir, s)))]),
        ),
      );
      const context = await organisationContext(stage, 'interchange.declarant@shekara-test.kz');
      const page = await context.newPage();
      await page.goto(url('/cabinet/declarations/import'));
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', slower),
        page.getByTestId('interchange-upload').click(),
      ]);
      await chooser.setFiles({ name: 'samples.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });

      const report = page.getByTestId('interchange-report');
      await report.waitFor(slower);
      const rows = report.locator('tbody tr');
      await expect.poll(() => rows.count(), slower).toBeGreaterThanOrEqual(samples.length);
      const texts = await rows.allTextContents();
      for (const sample of samples)
        expect(
          texts.some((row) => row.includes(sample.replace(/\.xml$/, ''))),
          sample,
        ).toBe(true);
      for (const row of texts) expect(row, row).toContain(ru.declarations.interchange.status.imported);
      expect(await report.getByText(ru.declarations.interchange.open).count()).toBe(texts.length);
      await screenshot(page, 'interchange-report-ru.png');

      await report.getByText(ru.declarations.interchange.open).first().click();
      const download = page.getByTestId('declaration-xml');
      await download.waitFor(slower);
      const [file] = await Promise.all([page.waitForEvent('download', slower), download.click()]);
      const saved = path.join(resultsDir, 'interchange-download.xml');
      await file.saveAs(saved);
      const xml = fs.readFileSync(saved, 'utf8');
      expect(xml.startsWith('<?xml')).toBe(true);
      expect(xml).toMatch(/<ESADout_CU[\s>]/);
      expect(xml).toContain('<CustomsProcedure>ТТ</CustomsProcedure>');
      expect(file.suggestedFilename()).toMatch(/\.xml$/);
      await screenshot(page, 'interchange-declaration-ru.png');
      await context.close();
    },
    180_000,
  );
});
