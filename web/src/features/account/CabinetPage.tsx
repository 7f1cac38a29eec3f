import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitleBar } from '../../components/TitleBar.tsx';
import { useSession } from '../session/session-context.ts';
import { HistoryCard } from './HistoryCard.tsx';
import { profilePath } from './paths.ts';
import { SessionsCard } from './SessionsCard.tsx';
import { WhoAmI } from './WhoAmI.tsx';

/** The personal cabinet's first page (ACC-22): who I am, where I am logged in, what happened lately. */
export function CabinetPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <Stack gap="lg" py="xl">
      <TitleBar title={t('account.cabinet.title')} testId="cabinet-title">
        <Anchor component={Link} to={profilePath}>
          {t('account.cabinet.toProfile')}
        </Anchor>
      </TitleBar>
      <WhoAmI me={me} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SessionsCard />
        <HistoryCard />
      </SimpleGrid>
    </Stack>
  );
}
