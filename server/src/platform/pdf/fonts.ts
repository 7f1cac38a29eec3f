import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans covers Cyrillic with every Kazakh letter (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі), and its licence
 * lets it be embedded. The files come from the `dejavu-fonts-ttf` package at run time.
 */
export interface PdfFonts {
  regular: string;
  bold: string;
}

let found: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (found) return found;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fonts = { regular: path.join(dir, 'DejaVuSans.ttf'), bold: path.join(dir, 'DejaVuSans-Bold.ttf') };
  for (const file of Object.values(fonts))
    if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file} (npm install)`);
  found = fonts;
  return fonts;
}
