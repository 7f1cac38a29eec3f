import { useTranslation } from 'react-i18next';
import { ItemPage } from './ItemPage.tsx';
import type { ContentKind } from './portal-api.ts';
import { SectionPage } from './SectionPage.tsx';

type PageKind = Exclude<ContentKind, 'notice'>;

/** A public section's page, titled as the menu names it. */
export function PortalSectionPage({ kind }: { kind: PageKind }) {
  const { t } = useTranslation();
  return <SectionPage kind={kind} title={t(`nav.${kind}`)} lead={t(`portal.lead.${kind}`)} />;
}

/** One item of a section, with the way back to it. */
export function PortalItemPage({ kind }: { kind: PageKind }) {
  const { t } = useTranslation();
  return <ItemPage kind={kind} backTo={`/${kind}`} backLabel={t('portal.backTo', { section: t(`nav.${kind}`) })} />;
}
