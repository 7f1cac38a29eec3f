import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '../../components/LongText.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useTextForm } from '../../components/text-binding.ts';
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
  const [form, field, setForm] = useTextForm(
    { name: '', email: '', subject: '', message: '' },
    {
      name: t('portal.support.name'),
      email: t('portal.support.email'),
      subject: t('portal.support.subject'),
      message: t('portal.support.message'),
    },
  );
  const sender = useAction(fileTicket);
  const filed = sender.value;

  useEffect(() => {
    if (me)
      setForm((current) => ({
        ...current,
        email: current.email || me.email,
        name: current.name || (me.displayName ?? ''),
      }));
  }, [me, setForm]);

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
          <Text size="sm" data-testid="support-confirmation">
            {filed.confirmationSentTo
              ? t('portal.support.confirmation', { email: filed.confirmationSentTo })
              : t('portal.support.answerBy')}
          </Text>
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
            <TextInput {...field('name', 200)} required autoComplete="name" data-testid="support-name" />
            <TextInput
              type="email"
              {...field('email', 254)}
              required
              autoComplete="email"
              data-testid="support-email"
            />
            <TextInput {...field('subject', 200)} required data-testid="support-subject" />
            <LongText {...field('message', 5000)} required minRows={5} data-testid="support-message" />
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
