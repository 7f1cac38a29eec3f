import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { loginPath, publicSections } from './navigation.ts';
import { HomePage } from './routes/HomePage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { PlaceholderPage } from './routes/PlaceholderPage.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {publicSections.map((section) => (
          <Route key={section.key} path={section.path} element={<PlaceholderPage section={section.key} />} />
        ))}
        <Route path={loginPath} element={<PlaceholderPage section="login" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
