import { Alert, Button, Card, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '../../components/LongText.tsx';
import { useTextForm } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import type { Me } from '../session/me.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { type ContactChange, changeContact } from './account-api.ts';
import { useSessionEndReported } from './queries.ts';

/** ACC-23, AST-8: the user keeps their contact data up to date; the registering body sees each change. */
export function ContactForm({ me, onChanged }: { me: Me; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form, field] = useTextForm(
    { email: me.email, phone: me.phone ?? '', postalAddress: me.postalAddress ?? '' },
    {
      email: t('account.profile.contact.email'),
      phone: t('account.profile.contact.phone'),
      postalAddress: t('account.profile.contact.postalAddress'),
    },
  );
  const { email, phone, postalAddress } = form;
  const saver = useAction(async (change: ContactChange) => {
    await changeContact(change);
    await onChanged();
  });
  useSessionEndReported(saver.error);

  // Only what changed is sent; an emptied field is cleared.
  const change: ContactChange = {};
  if (email.trim() !== me.email) change.email = email.trim();
  if (phone.trim() !== (me.phone ?? '')) change.phone = phone.trim() || null;
  if (postalAddress.trim() !== (me.postalAddress ?? '')) change.postalAddress = postalAddress.trim() || null;
  const changed = Object.keys(change).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saver.run(change);
  };

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('account.profile.contact.title')}
          </Title>
          <TextInput type="email" {...field('email', 254)} required data-testid="profile-email" />
          <TextInput type="tel" {...field('phone', 40)} data-testid="profile-phone" />
          <LongText {...field('postalAddress', 500)} data-testid="profile-address" />
          {saver.error !== undefined && <SigningErrorAlert error={saver.error} />}
          {saver.status === 'success' && !changed && <Alert color="teal">{t('account.profile.contact.saved')}</Alert>}
          <Button type="submit" disabled={!changed} loading={saver.pending} data-testid="profile-save">
            {t('account.profile.contact.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
