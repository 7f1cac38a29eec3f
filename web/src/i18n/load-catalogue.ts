import type { Language } from '@shekara/contracts/i18n';
import { type Catalogue, mergeCatalogues } from './merge.ts';

// Not eager: each language's files are a chunk of their own (vite.config.ts), fetched when shown.
const baseFiles = import.meta.glob<Catalogue>('./locales/*.json', { import: 'default' });
const featureFiles = import.meta.glob<Catalogue>('../features/*/locales/*.json', { import: 'default' });

/** The texts of one language, fetched once: the first page carries no other language's (issue 19 point 11). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const mine = (file: string) => file.endsWith(`/${language}.json`);
  const base = Object.entries(baseFiles).find(([file]) => mine(file));
  if (!base) throw new Error(`no catalogue for ${language}`);
  const features = await Promise.all(
    Object.entries(featureFiles)
      .filter(([file]) => mine(file))
      .map(async ([file, load]) => [file, await load()] as const),
  );
  return mergeCatalogues(await base[1](), features);
}
