import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../data/Loaded.tsx';
import type { Declaration } from './declarations-api.ts';

/** The declaration a page is about, once the server gives it; until then the spinner, or the refusal. */
export function LoadedDeclaration({
  query,
  children,
}: {
  query: UseQueryResult<Declaration>;
  children: (declaration: Declaration) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Loaded query={query} loadingLabel={t('declarations.loading')} failedTitle={t('declarations.view.failed')}>
      {children}
    </Loaded>
  );
}
