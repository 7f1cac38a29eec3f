import { Alert, Anchor, Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApproveOrRefuse } from '../../components/ApproveOrRefuse.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { ticked, typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { approveRequest, type IdentityCheck, letterUrl, markNoticeSent, rejectRequest } from './credentials-api.ts';
import { historyActionKey, trimmedOrUndefined } from './format.ts';
import { queuePath } from './paths.ts';
import { credentialsKeys, useRequest } from './queries.ts';
import { TermBadges } from './TermBadges.tsx';

type Outcome = { key: string; values: Record<string, string> };

/**
 * One request: what the applicant gave (AST-6), its terms, its history, and the decision — approve
 * (AST-3) or reject with a reason — then, for a paper request, the letter to print and post (AST-4).
 */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useRequest(id);
  const [reason, setReason] = useState('');
  const [paperCheck, setPaperCheck] = useState<PaperCheck>({ checked: false, documentSeen: '' });
  const [outcome, setOutcome] = useState<Outcome>();
  const action = useAction(
    async (work: () => Promise<Outcome | undefined>) => setOutcome(await work()),
    [credentialsKeys.all],
  );
  const busy = action.pending;
  const failure = action.error;
  const act = (work: () => Promise<Outcome | undefined>) => action.run(work);

  const approve = (check: IdentityCheck) =>
    act(async () => {
      const approved = await approveRequest(id, check);
      const key = approved.assignedNumber
        ? 'credentials.request.approvedWithNumber'
        : approved.notice === 'email'
          ? 'credentials.request.approvedByEmail'
          : 'credentials.request.approvedByLetter';
      return {
        key,
        values: {
          login: approved.login,
          date: printedDate(approved.noticeDueOn),
          number: approved.assignedNumber ?? '',
        },
      };
    });
  const reject = () =>
    act(async () => {
      const rejected = await rejectRequest(id, reason.trim());
      return {
        key:
          rejected.notice === 'email' ? 'credentials.request.rejectedByEmail' : 'credentials.request.rejectedByLetter',
        values: { date: printedDate(rejected.noticeDueOn) },
      };
    });
  const noticeSent = () =>
    act(async () => {
      await markNoticeSent(id);
      return undefined;
    });

  if (query.status === 'pending') return <Loader my="xl" />;
  if (query.status === 'error') {
    return (
      <Stack py="xl">
        <ServerRefusalAlert title={t('credentials.request.failed')} error={query.error} />
        <BackLink />
      </Stack>
    );
  }
  const request = query.data;

  return (
    <Stack gap="lg" py="xl">
      <BackLink />
      <Title order={1} data-testid="credentials-request-number">
        {request.number}
      </Title>
      {request.verification === 'paper_check_required' && request.status === 'submitted' && (
        <Alert color="yellow" title={t('credentials.paperCheck.title')} maw={900} data-testid="credentials-paper-check">
          {t(request.nonResident ? 'credentials.paperCheck.nonResident' : 'credentials.paperCheck.text')}
        </Alert>
      )}
      <RequestFields request={request} />

      {outcome && (
        <Alert color="green" data-testid="credentials-outcome">
          {t(outcome.key, outcome.values)}
        </Alert>
      )}
      {failure !== undefined && <ServerRefusalAlert title={t('credentials.request.actionFailed')} error={failure} />}

      {request.status === 'submitted' && (
        <DecisionCard
          reason={reason}
          onReason={setReason}
          paperCheck={request.verification === 'paper_check_required' ? paperCheck : undefined}
          onPaperCheck={setPaperCheck}
          busy={busy}
          onApprove={() =>
            void approve(
              request.verification === 'paper_check_required'
                ? {
                    identityCheckedOnPaper: paperCheck.checked || undefined,
                    documentSeen: trimmedOrUndefined(paperCheck.documentSeen),
                  }
                : {},
            )
          }
          onReject={() => void reject()}
        />
      )}

      {request.channel === 'paper' && request.status !== 'submitted' && (
        <LetterCard request={request} busy={busy} onNoticeSent={() => void noticeSent()} />
      )}

      <RequestHistory request={request} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={queuePath}>
      {t('credentials.request.back')}
    </Anchor>
  );
}

type Request = NonNullable<ReturnType<typeof useRequest>['data']>;

/** What the applicant gave, with the request's terms and what became of it. */
function RequestFields({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const notGiven = t('credentials.request.notGiven');
  const fields: Array<[string, ReactNode]> = [
    [t('credentials.fields.status'), <TermBadges key="status" request={request} />],
    [t('credentials.fields.channel'), t(`credentials.channel.${request.channel}`)],
    [t('credentials.fields.verification'), t(`credentials.verification.${request.verification}`)],
    [t('credentials.fields.userType'), t(`credentials.userType.${request.userType}`)],
    [t('credentials.fields.iinBin'), request.iinBin ?? t('credentials.request.numberOnApproval')],
    [t('credentials.fields.applicantName'), request.applicantName ?? notGiven],
    ...(request.birthDate
      ? ([[t('credentials.fields.birthDate'), printedDate(request.birthDate)]] as Array<[string, ReactNode]>)
      : []),
    [
      t('credentials.fields.noticeNumber'),
      request.registrationNoticeNumber
        ? [request.registrationNoticeNumber, request.registrationNoticeIssuedOn]
            .filter(Boolean)
            .map((part, i) => (i === 1 ? printedDate(part!) : part))
            .join(', ')
        : notGiven,
    ],
    [t('credentials.fields.identityDocument'), identityDocumentText(request, t) ?? notGiven],
    ...(request.identityCheckedDocument
      ? ([[t('credentials.fields.identityChecked'), request.identityCheckedDocument]] as Array<[string, ReactNode]>)
      : []),
    [t('credentials.fields.postalAddress'), request.postalAddress ?? notGiven],
    [t('credentials.fields.email'), request.email ?? notGiven],
    [t('credentials.fields.phone'), request.phone ?? notGiven],
    [t('credentials.fields.body'), request.bodyCode],
    [t('credentials.fields.language'), t(`credentials.language.${request.language}`)],
    [
      t('credentials.fields.certificate'),
      request.certificate
        ? `${request.certificate.commonName ?? ''} · ${request.certificate.serialNumber}`
        : t(
            request.verification === 'paper_check_required'
              ? 'credentials.request.noCertificateUnsigned'
              : 'credentials.request.noCertificate',
          ),
    ],
    [t('credentials.fields.receivedOn'), printedDate(request.receivedOn)],
    [
      t('credentials.fields.reviewDueOn'),
      request.workingDaysLeft === null
        ? printedDate(request.reviewDueOn)
        : `${printedDate(request.reviewDueOn)} · ${t('credentials.queue.daysLeft', { days: request.workingDaysLeft })}`,
    ],
    ...(request.decidedOn
      ? ([[t('credentials.fields.decidedOn'), printedDate(request.decidedOn)]] as Array<[string, ReactNode]>)
      : []),
    ...(request.login ? ([[t('credentials.fields.login'), request.login]] as Array<[string, ReactNode]>) : []),
    ...(request.rejectionReason
      ? ([[t('credentials.fields.rejectionReason'), request.rejectionReason]] as Array<[string, ReactNode]>)
      : []),
    ...(request.noticeDueOn
      ? ([[t('credentials.fields.noticeDueOn'), printedDate(request.noticeDueOn)]] as Array<[string, ReactNode]>)
      : []),
    ...(request.noticeSentAt
      ? ([[t('credentials.fields.noticeSentAt'), printedTime(request.noticeSentAt, i18n.resolvedLanguage)]] as Array<
          [string, ReactNode]
        >)
      : []),
  ];
  return (
    <Table withRowBorders={false} maw={900} data-testid="credentials-request-fields">
      <Table.Tbody>
        {fields.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td w="40%">
              <Text size="sm" c="dimmed">
                {label}
              </Text>
            </Table.Td>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The identity document as the applicant gave it: its kind, number, date of issue and, for a foreign passport, the country. */
function identityDocumentText(request: Request, t: (key: string) => string): string | null {
  const document = request.identityDocument;
  if (!document) return null;
  return [
    document.kind && t(`credentials.documentKind.${document.kind}`),
    document.number,
    printedDate(document.issuedOn),
    document.country,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A card of what the officer does with the request, as wide as the request's facts above it. */
function RequestCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <TitledCard title={title} padding="md" gap="md" maw={900}>
      {children}
    </TitledCard>
  );
}

/** The officer's paper check of an unsigned request's applicant (AST-6): ticked, and which document was seen. */
interface PaperCheck {
  checked: boolean;
  documentSeen: string;
}

/**
 * Approve (AST-3), or reject with a reason the applicant is told. A request filed without the
 * signature asks first for the paper check: the server refuses the approval without it.
 */
function DecisionCard({
  reason,
  onReason,
  paperCheck,
  onPaperCheck,
  busy,
  onApprove,
  onReject,
}: {
  reason: string;
  onReason: (reason: string) => void;
  paperCheck?: PaperCheck;
  onPaperCheck: (check: PaperCheck) => void;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  return (
    <RequestCard title={t('credentials.request.decision')}>
      {paperCheck && (
        <Stack gap="xs">
          <Checkbox
            label={t('credentials.paperCheck.confirm')}
            {...ticked(paperCheck.checked, (checked) => onPaperCheck({ ...paperCheck, checked }))}
            data-testid="credentials-paper-checked"
          />
          <TextInput
            label={t('credentials.paperCheck.documentSeen')}
            description={t('credentials.paperCheck.documentSeenHint')}
            maxLength={300}
            {...typed(paperCheck.documentSeen, (documentSeen) => onPaperCheck({ ...paperCheck, documentSeen }))}
            data-testid="credentials-document-seen"
          />
        </Stack>
      )}
      <ApproveOrRefuse
        busy={busy}
        approve={{
          label: t('credentials.request.approve'),
          onApprove,
          color: 'green',
          testId: 'credentials-approve',
        }}
        reason={{
          text: reason,
          onText: onReason,
          label: t('credentials.request.reason'),
          hint: t('credentials.request.reasonHint'),
          maxLength: 1000,
          testId: 'credentials-reason',
        }}
        refuse={{ label: t('credentials.request.reject'), onRefuse: onReject, testId: 'credentials-reject' }}
      />
    </RequestCard>
  );
}

/** A paper request's answer goes by post (AST-4): the letter to print, and the mark that it was sent. */
function LetterCard({ request, busy, onNoticeSent }: { request: Request; busy: boolean; onNoticeSent: () => void }) {
  const { t } = useTranslation();
  return (
    <RequestCard title={t('credentials.request.letter')}>
      {request.letterAvailable ? (
        <Group>
          <Button
            component="a"
            href={letterUrl(request.id)}
            download
            variant="default"
            data-testid="credentials-letter"
          >
            {t('credentials.request.downloadLetter')}
          </Button>
          {!request.noticeSentAt && (
            <Button onClick={onNoticeSent} loading={busy} data-testid="credentials-notice-sent">
              {t('credentials.request.markSent')}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm">{t('credentials.request.letterGone')}</Text>
      )}
      {request.letterAvailable && request.noticeSentAt && <Text size="sm">{t('credentials.queue.noticeSent')}</Text>}
    </RequestCard>
  );
}

function RequestHistory({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" maw={900}>
      <Title order={2} size="h4">
        {t('credentials.request.history')}
      </Title>
      <Table data-testid="credentials-history">
        <Table.Tbody>
          {request.history.map((entry, index) => {
            const key = historyActionKey(entry.action);
            return (
              <Table.Tr key={index}>
                <Table.Td w="30%">{printedTime(entry.at, i18n.resolvedLanguage)}</Table.Td>
                <Table.Td>{key ? t(key) : entry.action}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
