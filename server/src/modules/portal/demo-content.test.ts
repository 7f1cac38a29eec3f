import { itemInput, parseMarkup } from '@shekara/contracts/portal';
import { describe, expect, it } from 'vitest';
import { actsWithoutConfirmedAddress, demoItems } from './demo-content.ts';

const languages = ['kk', 'ru', 'en'] as const;
const legal = demoItems.filter((item) => item.kind === 'legal');

/** 2018-02-28 as the texts write it: 28.02.2018. */
const printed = (isoDate: string) => isoDate.split('-').reverse().join('.');

/**
 * Issue 19 point 7: the legal page carries the real acts — each with a text saying what it governs,
 * and either the address of its official text or a place on the list of acts whose address the
 * requirements' sources do not give (no link is better than one to a portal's home page).
 */
describe('the legal acts of the demo content', () => {
  it('are valid items, each with a body in kk, ru and en', () => {
    expect(legal.length).toBeGreaterThanOrEqual(7);
    for (const item of legal) {
      expect(() => itemInput.parse(item), item.slug).not.toThrow();
      for (const language of languages) {
        expect(item.body?.[language]?.trim(), `${item.slug} (${language})`).toBeTruthy();
        expect(parseMarkup(item.body![language]!).length, `${item.slug} (${language})`).toBeGreaterThan(1);
      }
    }
  });

  it('each links the official text, or is listed as an act whose address is not confirmed — never both', () => {
    const listed = new Set(actsWithoutConfirmedAddress);
    expect([...listed].filter((slug) => !legal.some((item) => item.slug === slug))).toEqual([]);
    const wrong = legal.flatMap((item) => {
      const url = item.sourceUrl ? new URL(item.sourceUrl) : null;
      if (url && listed.has(item.slug)) return [`${item.slug}: links ${url} and is listed as unconfirmed`];
      if (!url && !listed.has(item.slug)) return [`${item.slug}: no address of its official text, and not listed`];
      // an address is the act's own page, not a portal's home page
      if (url && (url.protocol !== 'https:' || url.pathname.replace(/\/$/, '') === ''))
        return [`${item.slug}: ${url} is not the act's page`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('each names its number and date in every language', () => {
    const missing = legal.flatMap((item) =>
      languages.flatMap((language) => {
        const body = item.body![language]!;
        const number =
          item.documentNumber && (language === 'en' ? `No. ${item.documentNumber}` : `№ ${item.documentNumber}`);
        return [number, item.documentDate && printed(item.documentDate)]
          .filter((fact): fact is string => !!fact && !body.includes(fact))
          .map((fact) => `${item.slug} (${language}): «${fact}»`);
      }),
    );
    expect(missing).toEqual([]);
  });
});
