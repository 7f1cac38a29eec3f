import { useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { lazyPage } from './feature-route.ts';
import { featureRoutes } from './feature-routes.ts';
import { SessionProvider } from './features/session/SessionProvider.tsx';
import { SignerProvider } from './features/signing/SignerProvider.tsx';
import { publicSections, signatureVerifyPath } from './navigation.ts';
import { HomePage } from './routes/HomePage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { PlaceholderPage } from './routes/PlaceholderPage.tsx';

const SignatureVerifyPage = lazyPage(() => import('./routes/SignatureVerifyPage.tsx'), 'SignatureVerifyPage');

export function App() {
  // Says the app has taken over the page (the prerendered home page is hydrated by now): the
  // browser suite and the first-page bench wait for it.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  // Above the routes, so every page and the layout know who is logged in, and a user who chose
  // the test signer keeps it from page to page.
  return (
    <SessionProvider>
      <SignerProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            {publicSections.map((section) => (
              <Route key={section.key} path={section.path} element={<PlaceholderPage section={section.key} />} />
            ))}
            <Route path={signatureVerifyPath} element={<SignatureVerifyPage />} />
            {featureRoutes.map((route) => (
              <Route key={route.path} path={route.path} element={route.element} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SignerProvider>
    </SessionProvider>
  );
}
