import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../platform/pdf/index.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { declarationForm } from './declaration-form.ts';
import { receiptPdf } from './receipt.ts';

/**
 * The printed forms as pictures for a person to look at (ACC-19): each sample PDF is written to
 * test-results/printed-forms/ and its pages rendered to PNG with poppler's pdftoppm, which CI
 * installs (.ci/run: ensure_poppler). Without pdftoppm the PDFs are still written.
 */
const out = path.resolve('test-results/printed-forms');
const hasPdftoppm = !spawnSync('pdftoppm', ['-v']).error;
if (!hasPdftoppm) console.warn('pdftoppm not found (Debian: poppler-utils): printed forms are not rendered to PNG');

const options = { declarant: '050540001242', office: '75101', date: '2026-03-02' };
const facts = (language: 'kk' | 'ru') => ({
  language,
  registrationNumber: '75101/020326/0000042',
  customsOffice: '75101',
  registeredAt: '2026-03-02T05:00:00Z',
});

const samples = {
  'goods-ru': () => declarationForm('goods', demoDocument('goods', { ...options, items: 4 }), facts('ru')),
  'goods-kk': () => declarationForm('goods', demoDocument('goods', { ...options, items: 4 }), facts('kk')),
  'transit-ru': () => declarationForm('transit', demoDocument('transit', { ...options, items: 2 }), facts('ru')),
  'dts1-kk': () =>
    declarationForm('customs_value_1', demoDocument('customs_value_1', { ...options, items: 4 }), facts('kk')),
  'vehicle-ru': () => declarationForm('vehicle', demoDocument('vehicle', { ...options, items: 1 }), facts('ru')),
  'receipt-ru': () =>
    receiptPdf(
      {
        registrationNumber: '75101/020326/0000042',
        customsOffice: '75101',
        documentSha256: 'ab'.repeat(32),
        submittedAt: new Date('2026-03-02T05:00:00Z'),
        seq: 1,
      },
      { kind: 'goods', status: 'registered', ownerIinBin: '050540001242', declarantIinBin: null },
      'ru',
      'http://localhost:8080',
    ),
};

describe('printed forms rendered to pictures for a look (ACC-19)', () => {
  it.each(Object.keys(samples))('%s', async (name) => {
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${name}.pdf`);
    fs.writeFileSync(file, await renderPdf(samples[name as keyof typeof samples]()));
    if (!hasPdftoppm) return;
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', file, path.join(out, name)], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readdirSync(out).some((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))).toBe(true);
  });
});
