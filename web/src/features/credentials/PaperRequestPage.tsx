import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DayInput } from '../../components/DayInput.tsx';
import { LongText } from '../../components/LongText.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { textFields } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate } from '../../dates.ts';
import { userTypes } from '../account/user-types.ts';
import { useSession } from '../session/index.ts';
import { type Filed, type PaperRequest, type Region, registerPaperRequest } from './credentials-api.ts';
import { trimmedOrUndefined } from './format.ts';
import { queuePath, requestPath } from './paths.ts';
import { useRegions } from './queries.ts';

type PaperForm = typeof empty;

const empty = {
  userType: 'foreign_trade_participant',
  iinBin: '',
  applicantName: '',
  postalAddress: '',
  email: '',
  phone: '',
  noticeNumber: '',
  identityNumber: '',
  identityIssuedOn: '',
  language: 'ru',
  regionCode: '',
};

/**
 * A request that came on paper (AST-2), typed in by an officer of the body it was addressed to.
 * The server decides which of the AST-6 numbers the IIN/BIN needs and says which one is missing.
 */
export function PaperRequestPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form, setForm] = useState(empty);
  const filing = useAction(registerPaperRequest);
  const isAdmin = me?.kind === 'admin';
  const regions = useRegions(isAdmin);
  const failure = filing.error ?? regions.error ?? undefined;
  const [filed, setFiled] = useState<Filed>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const identityNumber = trimmedOrUndefined(form.identityNumber);
    const answer = await filing.run({
      userType: form.userType as PaperRequest['userType'],
      iinBin: form.iinBin.trim(),
      applicantName: form.applicantName.trim(),
      postalAddress: form.postalAddress.trim(),
      email: trimmedOrUndefined(form.email),
      phone: trimmedOrUndefined(form.phone),
      registrationNoticeNumber: trimmedOrUndefined(form.noticeNumber),
      identityDocument: identityNumber ? { number: identityNumber, issuedOn: form.identityIssuedOn } : undefined,
      language: form.language as 'kk' | 'ru' | 'en',
      regionCode: isAdmin ? trimmedOrUndefined(form.regionCode) : undefined,
    });
    if (!answer) return;
    setFiled(answer);
    setForm(empty);
  }

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <Anchor component={Link} to={queuePath}>
        {t('credentials.request.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{t('credentials.paper.title')}</Title>
        <Text>{t('credentials.paper.lead')}</Text>
      </Stack>
      {filed && (
        <Alert color="green" data-testid="paper-filed">
          <Stack gap="xs">
            <Text size="sm">
              {t('credentials.paper.filed', { number: filed.number, date: printedDate(filed.reviewDueOn) })}
            </Text>
            <Anchor component={Link} to={requestPath(filed.requestId)}>
              {t('credentials.paper.open')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {failure !== undefined && <ServerRefusalAlert title={t('credentials.paper.failed')} error={failure} />}
      <form onSubmit={(event) => void submit(event)}>
        <PaperRequestFields
          form={form}
          onChange={setForm}
          regions={isAdmin ? (regions.data ?? []) : undefined}
          busy={filing.pending}
        />
      </form>
    </Stack>
  );
}

/** The paper's fields; the region only for an administrator, whose requests belong to no one body. */
function PaperRequestFields({
  form,
  onChange,
  regions,
  busy,
}: {
  form: PaperForm;
  onChange: (change: (current: PaperForm) => PaperForm) => void;
  regions?: Region[];
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const set = (field: keyof PaperForm) => (value: string | null) =>
    onChange((current) => ({ ...current, [field]: value ?? '' }));
  const field = textFields(form, (patch) => onChange((current) => ({ ...current, ...patch })), {
    iinBin: t('credentials.fields.iinBin'),
    applicantName: t('credentials.fields.applicantName'),
    postalAddress: t('credentials.fields.postalAddress'),
    noticeNumber: t('credentials.fields.noticeNumber'),
    identityNumber: t('credentials.fields.identityNumber'),
    identityIssuedOn: t('credentials.fields.identityIssuedOn'),
    email: t('credentials.fields.email'),
    phone: t('credentials.fields.phone'),
  });
  const language = (i18n.resolvedLanguage ?? 'ru') as 'kk' | 'ru' | 'en';
  return (
    <Stack>
      <Select
        label={t('credentials.fields.userType')}
        data={userTypes.map((type) => ({ value: type, label: t(`credentials.userType.${type}`) }))}
        value={form.userType}
        onChange={set('userType')}
        allowDeselect={false}
        required
        data-testid="paper-user-type"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('iinBin', 12)} required inputMode="numeric" data-testid="paper-iin-bin" />
        {regions && (
          <Select
            label={t('credentials.fields.region')}
            data={regions.map((region) => ({ value: region.code, label: region.name[language] }))}
            value={form.regionCode || null}
            onChange={set('regionCode')}
            searchable
            required
          />
        )}
      </SimpleGrid>
      <TextInput {...field('applicantName', 300)} required data-testid="paper-applicant" />
      <LongText {...field('postalAddress', 500)} required data-testid="paper-address" />
      <TextInput {...field('noticeNumber', 50)} data-testid="paper-notice-number" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('identityNumber', 30)} />
        <DayInput {...field('identityIssuedOn')} required={form.identityNumber.trim() !== ''} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="email" {...field('email', 254)} />
        <TextInput {...field('phone', 40)} />
      </SimpleGrid>
      <Select
        label={t('credentials.fields.language')}
        data={(['kk', 'ru', 'en'] as const).map((code) => ({ value: code, label: t(`credentials.language.${code}`) }))}
        value={form.language}
        onChange={set('language')}
        allowDeselect={false}
      />
      <Group>
        <Button type="submit" loading={busy} data-testid="paper-submit">
          {t('credentials.paper.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
