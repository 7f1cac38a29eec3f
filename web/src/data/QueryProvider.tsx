import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from './query-client.ts';

/** Server data for the whole app; what was read in one language is read again when the user picks another. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  const { i18n } = useTranslation();
  useEffect(() => {
    const again = () => void client.invalidateQueries();
    i18n.on('languageChanged', again);
    return () => i18n.off('languageChanged', again);
  }, [client, i18n]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
