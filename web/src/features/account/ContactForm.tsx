import { Alert, Button, Card, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../data/use-action.ts';
import type { Me } from '../session/me.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { type ContactChange, changeContact } from './account-api.ts';
import { useSessionEndReported } from './queries.ts';

/** ACC-23, AST-8: the user keeps their contact data up to date; the registering body sees each change. */
export function ContactForm({ me, onChanged }: { me: Me; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(me.email);
  const [phone, setPhone] = useState(me.phone ?? '');
  const [postalAddress, setPostalAddress] = useState(me.postalAddress ?? '');
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
          <TextInput
            type="email"
            label={t('account.profile.contact.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            maxLength={254}
            required
            data-testid="profile-email"
          />
          <TextInput
            type="tel"
            label={t('account.profile.contact.phone')}
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            maxLength={40}
            data-testid="profile-phone"
          />
          <Textarea
            label={t('account.profile.contact.postalAddress')}
            value={postalAddress}
            onChange={(e) => setPostalAddress(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            data-testid="profile-address"
          />
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
