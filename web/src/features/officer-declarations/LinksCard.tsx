import type { DeclarationLinks, LinkedDocument } from '@shekara/contracts/declarations/links';
import { useTranslation } from 'react-i18next';
import { type Fact, FactsTable } from '../../components/FactsTable.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';

/**
 * The documents a registered declaration is linked with (ACC-16, ACC-17): the preliminary
 * information or release before the goods declaration it follows, and the declaration that
 * closed this one. Nothing when it has no links.
 */
export function LinksCard({ links }: { links: DeclarationLinks }) {
  const { t } = useTranslation();
  const follows: Record<LinkedDocument['relation'], string> = {
    preliminary_information: t('officerDeclarations.links.followsPreliminary'),
    release_before_declaration: t('officerDeclarations.links.followsRelease'),
  };
  const document = (link: LinkedDocument) =>
    t('officerDeclarations.links.document', {
      kind: t(`officerDeclarations.kind.${link.kind}`),
      number: link.registrationNumber ?? '—',
    });
  const facts: Fact[] = [
    ...links.follows.map((link): Fact => [follows[link.relation], document(link), `follows-${link.relation}`]),
    ...links.followedBy.map((link): Fact => [t('officerDeclarations.links.closedBy'), document(link), 'closed-by']),
  ];
  if (facts.length === 0) return null;
  return (
    <TitledCard title={t('officerDeclarations.links.title')} padding="md" testId="declaration-links">
      <FactsTable facts={facts} />
    </TitledCard>
  );
}
