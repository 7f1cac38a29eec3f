import { Accordion, Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { Page } from '../../components/Page.tsx';
import { useAction } from '../../data/use-action.ts';
import { clearMailbox, listMailbox, type MailboxMessage } from './mailbox-api.ts';
import { splitLinks } from './text-with-links.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; messages: MailboxMessage[] }
  | { state: 'absent' }
  | { state: 'failed'; message: string };

const mailboxKey = ['dev', 'mailbox'] as const;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The list as the page shows it: a server without a mailbox (production) answers 404. */
function loadOf(
  list: { status: string; data?: MailboxMessage[]; error: unknown; isFetching: boolean },
  clearFailure: unknown,
): Load {
  if (clearFailure) return { state: 'failed', message: messageOf(clearFailure) };
  if (list.isFetching) return { state: 'loading' };
  if (list.status === 'error')
    return list.error instanceof ApiError && list.error.status === 404
      ? { state: 'absent' }
      : { state: 'failed', message: messageOf(list.error) };
  return list.data ? { state: 'ready', messages: list.data } : { state: 'loading' };
}

/**
 * What the system would have e-mailed, outside production when no relay is configured: the place
 * to find a confirmation link while trying Shekara out. In production the server has no such list.
 */
export function DevMailboxPage() {
  const { t } = useTranslation();
  // The page is there to find the newest letter: it always asks anew, and a refusal is shown at once.
  const list = useQuery({ queryKey: mailboxKey, queryFn: listMailbox, retry: false, staleTime: 0 });
  const clearing = useAction(clearMailbox, [mailboxKey]);
  const load = loadOf(list, clearing.error);
  const refresh = () => {
    clearing.reset();
    void list.refetch();
  };
  const clear = () => void clearing.run();

  return (
    <Page title={t('devMailbox.title')} lead={t('devMailbox.lead')}>
      <Group>
        <Button onClick={refresh} loading={load.state === 'loading'} data-testid="dev-mailbox-refresh">
          {t('devMailbox.refresh')}
        </Button>
        <Button variant="default" onClick={clear} disabled={load.state !== 'ready' || load.messages.length === 0}>
          {t('devMailbox.clear')}
        </Button>
      </Group>
      {load.state === 'absent' && <Alert color="gray">{t('devMailbox.absent')}</Alert>}
      {load.state === 'failed' && (
        <Alert color="red" title={t('devMailbox.failed')}>
          {load.message}
        </Alert>
      )}
      {load.state === 'ready' && load.messages.length === 0 && <Text c="dimmed">{t('devMailbox.empty')}</Text>}
      {load.state === 'ready' && load.messages.length > 0 && (
        <Accordion variant="separated" data-testid="dev-mailbox-list">
          {load.messages.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </Accordion>
      )}
    </Page>
  );
}

function MessageItem({ message }: { message: MailboxMessage }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(
    i18n.resolvedLanguage === 'en' ? 'en-GB' : `${i18n.resolvedLanguage ?? 'ru'}-KZ`,
    { dateStyle: 'medium', timeStyle: 'medium' },
  ).format(new Date(message.at));
  return (
    <Accordion.Item value={String(message.id)} data-testid="dev-mailbox-message">
      <Accordion.Control>
        <Stack gap={2}>
          <Text fw={600}>{message.subject}</Text>
          <Text size="sm" c="dimmed">
            {message.to.join(', ')} · {time}
          </Text>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <Field label={t('devMailbox.from')} value={message.from} />
          <Field label={t('devMailbox.to')} value={message.to.join(', ')} />
          {message.replyTo && <Field label={t('devMailbox.replyTo')} value={message.replyTo} />}
          <Field label={t('devMailbox.at')} value={time} />
          {message.kind && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('devMailbox.kind')}:
              </Text>
              <Badge variant="light">{message.kind}</Badge>
            </Group>
          )}
          <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
            {splitLinks(message.text).map((piece, index) =>
              'link' in piece ? (
                <Anchor key={index} href={piece.link}>
                  {piece.link}
                </Anchor>
              ) : (
                piece.text
              ),
            )}
          </Text>
          {message.attachments.length > 0 && (
            <Field label={t('devMailbox.attachments')} value={message.attachments.map((a) => a.filename).join(', ')} />
          )}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed">
        {label}:
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}
