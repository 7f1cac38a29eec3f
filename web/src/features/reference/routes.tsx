import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { classifiersPath, customsOfficesPath, exchangeRatesPath, referencePath, tnvedPath } from './paths.ts';

const ClassifierPage = lazyPage(() => import('./ClassifierPage.tsx'), 'ClassifierPage');
const ClassifiersPage = lazyPage(() => import('./ClassifiersPage.tsx'), 'ClassifiersPage');
const CustomsOfficesPage = lazyPage(() => import('./CustomsOfficesPage.tsx'), 'CustomsOfficesPage');
const ExchangeRatesPage = lazyPage(() => import('./ExchangeRatesPage.tsx'), 'ExchangeRatesPage');
const ReferencePage = lazyPage(() => import('./ReferencePage.tsx'), 'ReferencePage');
const TnvedCodePage = lazyPage(() => import('./TnvedCodePage.tsx'), 'TnvedCodePage');
const TnvedPage = lazyPage(() => import('./TnvedPage.tsx'), 'TnvedPage');

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
