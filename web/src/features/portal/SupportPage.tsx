import { Alert, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { useSession } from '../session/index.ts';
import { fileTicket } from './portal-api.ts';

/**
 * The support form (REG-13, ACC-11, WD-32): open to everyone; a logged-in user finds their e-mail
 * filled in, and the server links the ticket to their account. Answers with the ticket's number.
 */
export function SupportPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form, setForm] = useState({ name: '', email: '', subject: '', message: '' });
  const sender = useAction(fileTicket);
  const filed = sender.value;

  useEffect(() => {
    if (me)
      setForm((current) => ({
        ...current,
        email: current.email || me.email,
        name: current.name || (me.displayName ?? ''),
      }));
  }, [me]);

  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [name]: value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void sender.run(form);
  };

  return (
    <Stack gap="lg" py="xl" maw={720}>
      <Stack gap="xs">
        <Title order={1}>{t('nav.support')}</Title>
        <Text>{t('portal.support.lead')}</Text>
        {me && (
          <Text size="sm" c="dimmed">
            {t('portal.support.linked')}
          </Text>
        )}
      </Stack>
      {filed ? (
        <Alert color="green" title={t('portal.support.sent')} data-testid="support-filed">
          <Text>
            {t('portal.support.number')} <strong data-testid="support-ticket-number">{filed.number}</strong>
          </Text>
          <Text size="sm">{t('portal.support.confirmation', { email: filed.email })}</Text>
          <Button
            mt="sm"
            variant="light"
            onClick={() => {
              sender.reset();
              setForm((current) => ({ ...current, subject: '', message: '' }));
            }}
          >
            {t('portal.support.another')}
          </Button>
        </Alert>
      ) : (
        <form onSubmit={submit} data-testid="support-form">
          <Stack gap="sm">
            <TextInput
              label={t('portal.support.name')}
              required
              maxLength={200}
              autoComplete="name"
              {...field('name')}
              data-testid="support-name"
            />
            <TextInput
              label={t('portal.support.email')}
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              {...field('email')}
              data-testid="support-email"
            />
            <TextInput
              label={t('portal.support.subject')}
              required
              maxLength={200}
              {...field('subject')}
              data-testid="support-subject"
            />
            <Textarea
              label={t('portal.support.message')}
              required
              maxLength={5000}
              autosize
              minRows={5}
              {...field('message')}
              data-testid="support-message"
            />
            {sender.error !== undefined && (
              <ServerRefusalAlert title={t('portal.support.failed')} error={sender.error} />
            )}
            <Button type="submit" loading={sender.pending} data-testid="support-send">
              {t('portal.support.send')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
