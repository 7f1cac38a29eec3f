import type { FeatureRoute } from '../../feature-routes.ts';
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
  { path: referencePath, element: <ReferencePage />, menu: { area: 'public', label: 'nav.reference', order: 20 } },
  { path: tnvedPath, element: <TnvedPage /> },
  { path: `${tnvedPath}/:code`, element: <TnvedCodePage /> },
  { path: customsOfficesPath, element: <CustomsOfficesPage /> },
  { path: classifiersPath, element: <ClassifiersPage /> },
  { path: `${classifiersPath}/:name`, element: <ClassifierPage /> },
  { path: exchangeRatesPath, element: <ExchangeRatesPage /> },
];
