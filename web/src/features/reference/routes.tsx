import { type FeatureRoute, route } from '../../feature-routes.ts';
import { ClassifierPage } from './ClassifierPage.tsx';
import { ClassifiersPage } from './ClassifiersPage.tsx';
import { CustomsOfficesPage } from './CustomsOfficesPage.tsx';
import { ExchangeRatesPage } from './ExchangeRatesPage.tsx';
import { classifiersPath, customsOfficesPath, exchangeRatesPath, referencePath, tnvedPath } from './paths.ts';
import { ReferencePage } from './ReferencePage.tsx';
import { TnvedCodePage } from './TnvedCodePage.tsx';
import { TnvedPage } from './TnvedPage.tsx';

/** Public pages, open without log-in (ACC-4); the landing page takes the reference section's place in the menu. */
export const routes: FeatureRoute[] = [
  route(referencePath, <ReferencePage />, ['public', 'nav.reference', 20]),
  route(tnvedPath, <TnvedPage />),
  route(`${tnvedPath}/:code`, <TnvedCodePage />),
  route(customsOfficesPath, <CustomsOfficesPage />),
  route(classifiersPath, <ClassifiersPage />),
  route(`${classifiersPath}/:name`, <ClassifierPage />),
  route(exchangeRatesPath, <ExchangeRatesPage />),
];
