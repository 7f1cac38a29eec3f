import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { accountAccessPath, queuePath } from './paths.ts';
import { useApplication, webDeclarantKeys } from './queries.ts';
import { StatusBadges } from './StatusBadges.tsx';
import { issueLogin, letterUrl, rejectApplication } from './web-declarant-api.ts';

/**
 * One application: its Annex 1 fields, issuing the login (WD-20) or refusing with a reason, and
 * the letter to download and print.
 */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useApplication(id);
  const application = query.data ?? null;
  const action = useAction((work: () => Promise<unknown>) => work(), [webDeclarantKeys.all]);
  const busy = action.pending;
  const failure = action.error;
  const [reason, setReason] = useState('');
  const [issuedLogin, setIssuedLogin] = useState<string | null>(null);
  const language = i18n.resolvedLanguage ?? 'ru';

  const act = (work: () => Promise<unknown>) => action.run(work);

  if (!application) {
    return (
      <Stack py="xl">
        {query.error ? (
          <ServerRefusalAlert title={t('webDeclarant.application.failed')} error={query.error} />
        ) : (
          <Loader />
        )}
      </Stack>
    );
  }
  const f = application.fields;
  const rows: Array<[string, string]> = [
    [t('webDeclarant.form.applicantKind'), t(`webDeclarant.applicantKind.${f.applicantKind}`)],
    [t('webDeclarant.form.fullName'), f.fullName],
    [t('webDeclarant.form.shortName'), f.shortName],
    [t('webDeclarant.form.taxpayerNumber'), f.taxpayerNumber],
    [t('webDeclarant.form.okpo'), f.okpo ?? ''],
    [t('webDeclarant.form.legalAddress'), f.legalAddress],
    [t('webDeclarant.form.actualAddress'), f.actualAddress],
    [t('webDeclarant.form.phones'), f.phones.join(', ')],
    [t('webDeclarant.form.email'), f.email],
    [t('webDeclarant.form.workplaces'), String(f.workplaces)],
    [
      t('webDeclarant.form.stickerLetter'),
      `${f.stickerLetter.number}, ${printedDate(f.stickerLetter.date)}, ${f.stickerLetter.stickerCode}`,
    ],
    [t('webDeclarant.form.signatoryName'), f.signatoryName],
    [t('webDeclarant.application.date'), printedDate(f.applicationDate)],
    [
      t('webDeclarant.columns.channel'),
      t(`webDeclarant.channel.${application.channel}`) +
        (application.signerIin ? ` · ${t('webDeclarant.application.signedBy', { iin: application.signerIin })}` : ''),
    ],
    [t('webDeclarant.columns.received'), printedTime(application.receivedAt, language)],
    [t('webDeclarant.columns.letterDue'), printedDate(application.letterDueOn)],
  ];

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <Anchor component={Link} to={queuePath} size="sm">
        {t('webDeclarant.application.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1} data-testid="wd-application-title">
          {t('webDeclarant.application.title', {
            number: application.journalNumber,
            year: application.journalYear,
            body: application.bodyCode,
          })}
        </Title>
        <StatusBadges application={application} />
      </Group>
      <Table variant="vertical" withTableBorder data-testid="wd-application-fields">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 140, sm: 260 }}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {failure !== undefined && <ServerRefusalAlert title={t('webDeclarant.application.refused')} error={failure} />}
      {application.status === 'received' && (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Text>{t('webDeclarant.application.issueHint', { workplaces: application.workplaces })}</Text>
            <Group>
              <Button
                onClick={() => act(async () => setIssuedLogin((await issueLogin(application.id)).login))}
                loading={busy}
                data-testid="wd-issue"
              >
                {t('webDeclarant.application.issue')}
              </Button>
            </Group>
            <Textarea
              label={t('webDeclarant.application.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={2}
              data-testid="wd-reason"
            />
            <Group>
              <Button
                color="red"
                variant="light"
                disabled={reason.trim() === ''}
                loading={busy}
                onClick={() => act(() => rejectApplication(application.id, reason.trim()))}
                data-testid="wd-reject"
              >
                {t('webDeclarant.application.reject')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {application.status !== 'received' && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            {issuedLogin && (
              <Alert
                color="green"
                title={t('webDeclarant.application.issued', { login: issuedLogin })}
                data-testid="wd-issued"
              >
                {t('webDeclarant.application.letterHint')}
              </Alert>
            )}
            {application.rejectReason && (
              <Text>{t('webDeclarant.application.rejectedBecause', { reason: application.rejectReason })}</Text>
            )}
            {application.letterSentAt && (
              <Text size="sm">
                {t('webDeclarant.application.letterSent', { time: printedTime(application.letterSentAt, language) })}
              </Text>
            )}
            <Group>
              <Button
                component="a"
                href={letterUrl(application.id)}
                target="_blank"
                variant="default"
                data-testid="wd-letter"
              >
                {t('webDeclarant.application.letter')}
              </Button>
              {application.accountId && (
                <Button component={Link} to={accountAccessPath(application.accountId)} variant="subtle">
                  {t('webDeclarant.application.access')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
