import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { registerOf } from '@shekara/contracts/registers';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitleBar } from '../../components/TitleBar.tsx';
import { passwordChangePath } from '../../navigation.ts';
import { RegisterEntryCard } from '../registers/RegisterEntryCard.tsx';
import { useSession } from '../session/session-context.ts';
import { CertificatesCard } from './CertificatesCard.tsx';
import { ConsentCard } from './ConsentCard.tsx';
import { ContactForm } from './ContactForm.tsx';

/**
 * The profile: contact data, the password, the certificates with their change after reissue
 * (ACC-23, AST-8), and the consent to the processing of personal data given at registration.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  if (!me) return null;
  return (
    <Stack gap="lg" py="xl">
      <TitleBar title={t('account.profile.title')} testId="profile-title">
        <Anchor component={Link} to={passwordChangePath} data-testid="profile-password">
          {t('account.profile.changePassword')}
        </Anchor>
      </TitleBar>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ContactForm me={me} onChanged={refresh} />
        <CertificatesCard onChanged={refresh} />
        {me.kind === 'user' && <ConsentCard />}
        {me.kind === 'user' && registerOf(me.userType) && <RegisterEntryCard entry={me.registerEntry} />}
      </SimpleGrid>
    </Stack>
  );
}
