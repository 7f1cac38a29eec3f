import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF as a reader would copy it, through PDF.js (which needs the font's ToUnicode map): each
 * page's text with its runs of white space made one space, and the document's title.
 */
export async function readPdf(pdf: Buffer | Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, title: (info as { Title?: string }).Title };
}
