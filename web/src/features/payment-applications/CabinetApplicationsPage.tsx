import {
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { loadOf, mapLoad } from '../../data/load.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import { type ApplicationForm, emptyForm, formProblems, requestOf } from './application-form.ts';
import {
  type ApplicationKind,
  type ApplicationView,
  applicationKeys,
  type DueNoticeView,
  fetchApplicationPayload,
  fetchCabinet,
  type ObligationView,
  postApplication,
} from './applications-api.ts';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { DecisionSummary, StatusBadge } from './Status.tsx';

const kinds: ApplicationKind[] = ['deferral', 'instalment', 'refund'];

/**
 * The payer's applications about money (ACC-21, ACC-14): a deferral or instalment of a
 * declaration's import duty, or a refund from the advance account, signed with the signing key;
 * the decisions on them, the obligations a grant made and the notices that payment has come due.
 */
export function CabinetApplicationsPage() {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  const { signer } = useSigner();
  const [form, setForm] = useState<ApplicationForm>(() => emptyForm());
  const cabinet = useQuery({ queryKey: [...applicationKeys.all, 'cabinet'], queryFn: fetchCabinet });
  const filing = useAction(
    async (asked: ApplicationForm) => {
      const request = requestOf(asked, crypto.randomUUID());
      const payload = await fetchApplicationPayload(request);
      const signature = await signer.signCms({ data: base64ToBytes(payload.data), detached: true, purpose: 'sign' });
      return postApplication({ ...request, signature });
    },
    [applicationKeys.all],
  );
  const problems = formProblems(form);
  const busy = filing.pending;
  const set = (part: Partial<ApplicationForm>) => setForm((f) => ({ ...f, ...part }));

  const signAndFile = async () => {
    if (await filing.run(form)) setForm(emptyForm(form.kind));
  };

  const applicationColumns: Column<ApplicationView>[] = [
    {
      key: 'filed',
      header: t('paymentApplications.list.filedAt'),
      cell: (a) => printedTime(a.filedAt, i18n.resolvedLanguage),
    },
    {
      key: 'kind',
      header: t('paymentApplications.list.kind'),
      cell: (a) => (
        <Stack gap={0}>
          <Text size="sm">{t(`paymentApplications.kinds.${a.kind}`)}</Text>
          {a.registrationNumber && (
            <Text size="xs" c="dimmed" ff="monospace">
              {a.registrationNumber}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'amount', header: t('paymentApplications.list.amount'), cell: (a) => amountOf(a.amount), align: 'right' },
    { key: 'status', header: t('paymentApplications.list.status'), cell: (a) => <StatusBadge status={a.status} /> },
    {
      key: 'decision',
      header: t('paymentApplications.list.decision'),
      cell: (a) => <DecisionSummary application={a} />,
    },
  ];
  const obligationColumns: Column<ObligationView>[] = [
    { key: 'due', header: t('paymentApplications.obligations.dueDate'), cell: (o) => printedDate(o.dueDate) },
    { key: 'declaration', header: t('paymentApplications.obligations.declaration'), cell: (o) => o.registrationNumber },
    { key: 'codes', header: t('paymentApplications.obligations.codes'), cell: (o) => `${o.paymentType} / ${o.kbk}` },
    { key: 'amount', header: t('paymentApplications.list.amount'), cell: (o) => amountOf(o.amount), align: 'right' },
    {
      key: 'paid',
      header: t('paymentApplications.obligations.paid'),
      cell: (o) =>
        o.paidAt ? (
          <Badge color="green">{printedTime(o.paidAt, i18n.resolvedLanguage)}</Badge>
        ) : (
          <Badge color="gray">{t('paymentApplications.obligations.unpaid')}</Badge>
        ),
    },
  ];
  const noticeColumns: Column<DueNoticeView>[] = [
    {
      key: 'issued',
      header: t('paymentApplications.notices.issuedAt'),
      cell: (n) => printedTime(n.issuedAt, i18n.resolvedLanguage),
    },
    { key: 'declaration', header: t('paymentApplications.obligations.declaration'), cell: (n) => n.registrationNumber },
    { key: 'due', header: t('paymentApplications.obligations.dueDate'), cell: (n) => printedDate(n.dueDate) },
    { key: 'codes', header: t('paymentApplications.obligations.codes'), cell: (n) => `${n.paymentType} / ${n.kbk}` },
    { key: 'amount', header: t('paymentApplications.list.amount'), cell: (n) => amountOf(n.amount), align: 'right' },
  ];

  return (
    <Page
      title={t('paymentApplications.cabinet.title')}
      lead={t('paymentApplications.cabinet.lead')}
      testId="payment-applications-title"
    >
      <Card withBorder>
        <Stack>
          <Title order={3}>{t('paymentApplications.form.title')}</Title>
          <SegmentedControl
            value={form.kind}
            onChange={(kind) => setForm({ ...emptyForm(kind as ApplicationKind) })}
            data={kinds.map((kind) => ({ value: kind, label: t(`paymentApplications.kinds.${kind}`) }))}
            disabled={busy}
            data-testid="application-kind"
          />
          {form.kind === 'refund' ? (
            <>
              <TextInput
                label={t('paymentApplications.form.customsOffice')}
                description={t('paymentApplications.form.customsOfficeHint')}
                disabled={busy}
                {...typed(form.customsOffice, (customsOffice) => set({ customsOffice }))}
                data-testid="application-office"
              />
              <Group grow>
                <TextInput
                  label={t('paymentApplications.form.iban')}
                  disabled={busy}
                  {...typed(form.iban, (iban) => set({ iban }))}
                  data-testid="application-iban"
                />
                <TextInput
                  label={t('paymentApplications.form.bic')}
                  disabled={busy}
                  {...typed(form.bic, (bic) => set({ bic }))}
                  data-testid="application-bic"
                />
              </Group>
            </>
          ) : (
            <TextInput
              label={t('paymentApplications.form.registrationNumber')}
              description={t('paymentApplications.form.registrationNumberHint')}
              disabled={busy}
              {...typed(form.registrationNumber, (registrationNumber) => set({ registrationNumber }))}
              data-testid="application-number"
            />
          )}
          <TextInput
            label={t('paymentApplications.form.amount')}
            inputMode="decimal"
            disabled={busy}
            {...typed(form.amount, (amount) => set({ amount }))}
            data-testid="application-amount"
          />
          <Textarea
            label={t('paymentApplications.form.reason')}
            autosize
            minRows={2}
            maxRows={6}
            disabled={busy}
            {...typed(form.reason, (reason) => set({ reason }))}
            data-testid="application-reason"
          />
          {form.kind !== 'refund' && (
            <ScheduleEditor
              parts={form.schedule}
              single={form.kind === 'deferral'}
              onChange={(schedule) => set({ schedule })}
              disabled={busy}
            />
          )}
          <SignerPanel />
          {problems.length > 0 && (
            <List size="sm" c="dimmed" data-testid="application-problems">
              {problems.map((problem) => (
                <List.Item key={problem}>{t(`paymentApplications.form.problems.${problem}`)}</List.Item>
              ))}
            </List>
          )}
          {filing.error !== undefined &&
            (isSigningError(filing.error) ? (
              <SigningErrorAlert error={filing.error} />
            ) : (
              <ServerRefusalAlert title={t('paymentApplications.form.refused')} error={filing.error} />
            ))}
          {filing.status === 'success' && (
            <Text c="green" data-testid="application-filed">
              {t('paymentApplications.form.filed')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              onClick={signAndFile}
              loading={busy}
              disabled={problems.length > 0}
              data-testid="application-sign-and-file"
            >
              {t('paymentApplications.form.signAndFile')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Title order={3}>{t('paymentApplications.list.title')}</Title>
      <QueueTable
        load={mapLoad(loadOf(cabinet), (answer) => answer.applications)}
        columns={applicationColumns}
        row={(a) => ({ key: a.id, 'data-status': a.status })}
        texts={{ failed: t('paymentApplications.list.failed'), empty: t('paymentApplications.list.none') }}
        minWidth={720}
        testId="payment-applications"
      />
      <Title order={3}>{t('paymentApplications.notices.title')}</Title>
      <QueueTable
        load={mapLoad(loadOf(cabinet), (answer) => answer.notices)}
        columns={noticeColumns}
        row={(n) => ({ key: n.id })}
        texts={{ failed: t('paymentApplications.list.failed'), empty: t('paymentApplications.notices.none') }}
        minWidth={640}
        testId="payment-due-notices"
      />
      <Title order={3}>{t('paymentApplications.obligations.title')}</Title>
      <QueueTable
        load={mapLoad(loadOf(cabinet), (answer) => answer.obligations)}
        columns={obligationColumns}
        row={(o) => ({ key: o.id })}
        texts={{ failed: t('paymentApplications.list.failed'), empty: t('paymentApplications.obligations.none') }}
        minWidth={640}
        testId="payment-obligations"
      />
    </Page>
  );
}
