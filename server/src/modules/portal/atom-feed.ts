import { parseMarkup } from '@shekara/contracts/portal';
import type { Language } from '../../platform/i18n/language.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import type { StoredItem } from './item-repository.ts';
import { markupHtml } from './markup-html.ts';

const feedTitle: Record<Language, string> = {
  kk: 'Шекара — жаңалықтар',
  ru: 'Шекара — новости',
  en: 'Shekara — news',
};

/**
 * The news as an Atom 1.0 feed (RFC 4287) in one language, every link absolute on the public
 * address. Entries are identified by the item's id, so a corrected title is not a new entry.
 */
export function newsFeed(entries: readonly StoredItem[], language: Language, publicUrl: string): string {
  const updatedOf = (item: StoredItem) => [item.publishedAt!, item.updatedAt].sort().at(-1)!;
  // An empty feed still needs a stable `updated`, so its ETag does not change with every request.
  const updated = entries.map(updatedOf).sort().at(-1) ?? '1970-01-01T00:00:00.000Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
    `  <id>${xml(`${publicUrl}/news.atom?lang=${language}`)}</id>`,
    `  <title>${xml(feedTitle[language])}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(`${publicUrl}/news.atom?lang=${language}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(webLink(publicUrl, webPages.news()))}"/>`,
    '  <author><name>Shekara</name></author>',
    ...entries.flatMap((item) => {
      const page = webLink(publicUrl, webPages.newsItem(item.slug));
      return [
        '  <entry>',
        `    <id>urn:uuid:${item.id}</id>`,
        `    <title>${xml(item.title[language] || item.title.ru)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
        `    <published>${item.publishedAt}</published>`,
        `    <updated>${updatedOf(item)}</updated>`,
        ...(item.summary[language] ? [`    <summary type="text">${xml(item.summary[language])}</summary>`] : []),
        `    <content type="html">${xml(markupHtml(parseMarkup(item.body[language] || item.body.ru), publicUrl))}</content>`,
        '  </entry>',
      ];
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function xml(text: string): string {
  // Control characters are not allowed anywhere in XML 1.0: a pasted one would break the feed.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
