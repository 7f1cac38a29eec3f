import {
  Alert,
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { currentConsent } from '@shekara/contracts/accounts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DayInput } from '../../components/DayInput.tsx';
import { LongText } from '../../components/LongText.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { textFields } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { registerPath } from '../../navigation.ts';
import { ConsentBox } from '../account/ConsentBox.tsx';
import { userTypes } from '../account/user-types.ts';
import { fileUnsignedRequest } from './credentials-api.ts';
import { useRegions } from './queries.ts';
import {
  type Applicant,
  type DocumentKind,
  emptyUnsignedDraft,
  type UnsignedDraft,
  unsignedRequestOf,
} from './unsigned-request-draft.ts';

type Signature = 'with' | 'without';
const residentKinds: DocumentKind[] = ['id_card', 'passport', 'residence_permit', 'foreign_passport'];

/**
 * A request for a login and password (AST-2) for an applicant who chooses: with the NCA signature
 * it is signed in the registration (REG-9); without one (REG-10) it is filed here with the
 * identity-document facts of AST-6, confirmed by the e-mailed link, and the officer checks the
 * identity against the document on paper. A non-resident without an IIN files with a foreign
 * passport and is given an identification number on approval.
 */
export function UnsignedRequestPage() {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<Signature>('without');
  const [draft, setDraft] = useState<UnsignedDraft>(emptyUnsignedDraft);
  const filing = useAction(fileUnsignedRequest);
  const [sentTo, setSentTo] = useState<{ email: string; hours: number }>();
  // Consent to the processing of personal data (Law No. 94-V): without it nothing is sent.
  const [consented, setConsented] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await filing.run({
      ...unsignedRequestOf(draft),
      ...(consented && { consent: { version: currentConsent.version, language: currentLanguage() } }),
    });
    if (!answer) return;
    setSentTo({ email: draft.email.trim(), hours: answer.confirmWithinHours });
    setDraft(emptyUnsignedDraft);
    setConsented(false);
  }

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <Stack gap="xs">
        <Title order={1}>{t('credentials.unsigned.title')}</Title>
        <Text>{t('credentials.unsigned.lead')}</Text>
      </Stack>
      <SegmentedControl
        value={signature}
        onChange={(value) => setSignature(value as Signature)}
        data={[
          { value: 'with', label: t('credentials.unsigned.withSignature') },
          { value: 'without', label: t('credentials.unsigned.withoutSignature') },
        ]}
        data-testid="unsigned-signature-choice"
      />
      {signature === 'with' ? (
        <Alert color="blue" data-testid="unsigned-with-signature">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('credentials.unsigned.withSignatureText')}</Text>
            <Button component={Link} to={registerPath}>
              {t('credentials.unsigned.toRegistration')}
            </Button>
          </Stack>
        </Alert>
      ) : sentTo ? (
        <Alert color="green" title={t('credentials.unsigned.sentTitle')} data-testid="unsigned-sent">
          {t('credentials.unsigned.sentText', { email: sentTo.email, hours: sentTo.hours })}
        </Alert>
      ) : (
        <>
          <Alert color="yellow">{t('credentials.unsigned.paperCheckNotice')}</Alert>
          {filing.error !== undefined && (
            <ServerRefusalAlert title={t('credentials.unsigned.failed')} error={filing.error} />
          )}
          <form onSubmit={(event) => void submit(event)}>
            <UnsignedFields
              draft={draft}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
              busy={filing.pending}
              consent={<ConsentBox checked={consented} onChange={setConsented} />}
            />
          </form>
        </>
      )}
    </Stack>
  );
}

function UnsignedFields({
  draft,
  onChange,
  busy,
  consent,
}: {
  draft: UnsignedDraft;
  onChange: (patch: Partial<UnsignedDraft>) => void;
  busy: boolean;
  /** the consent box, just before the button */
  consent: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const language = (i18n.resolvedLanguage ?? 'ru') as 'kk' | 'ru' | 'en';
  const nonResident = draft.applicant === 'non_resident';
  const field = textFields(draft, onChange, {
    iinBin: t('credentials.fields.iinBin'),
    email: t('credentials.fields.email'),
    applicantName: t(nonResident ? 'credentials.unsigned.latinName' : 'credentials.fields.applicantName'),
    postalAddress: t('credentials.fields.postalAddress'),
    phone: t('credentials.fields.phone'),
    noticeNumber: t('credentials.fields.noticeNumber'),
    noticeIssuedOn: t('credentials.unsigned.noticeIssuedOn'),
    documentNumber: t(nonResident ? 'credentials.unsigned.passportNumber' : 'credentials.fields.identityNumber'),
    documentIssuedOn: t('credentials.fields.identityIssuedOn'),
    documentCountry: t('credentials.unsigned.country'),
    birthDate: t('credentials.fields.birthDate'),
  });
  const foreignPassport = nonResident || draft.documentKind === 'foreign_passport';
  return (
    <Stack>
      <SegmentedControl
        value={draft.applicant}
        onChange={(applicant) => onChange({ applicant: applicant as Applicant })}
        data={[
          { value: 'resident', label: t('credentials.unsigned.resident') },
          { value: 'non_resident', label: t('credentials.unsigned.nonResident') },
        ]}
        data-testid="unsigned-applicant"
      />
      {nonResident && <Text size="sm">{t('credentials.unsigned.nonResidentLead')}</Text>}
      <Select
        label={t('credentials.fields.userType')}
        data={userTypes.map((type) => ({ value: type, label: t(`credentials.userType.${type}`) }))}
        value={draft.userType}
        onChange={(userType) => userType && onChange({ userType: userType as UnsignedDraft['userType'] })}
        allowDeselect={false}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {!nonResident && (
          <TextInput {...field('iinBin', 12)} required inputMode="numeric" data-testid="unsigned-iin-bin" />
        )}
        <Select
          label={t('credentials.fields.region')}
          data={(regions.data ?? []).map((region) => ({ value: region.code, label: region.name[language] }))}
          value={draft.regionCode || null}
          onChange={(code) => onChange({ regionCode: code ?? '' })}
          searchable
          required
          data-testid="unsigned-region"
        />
      </SimpleGrid>
      <TextInput {...field('applicantName', 300)} required data-testid="unsigned-name" />
      {nonResident && <DayInput {...field('birthDate', 10)} required data-testid="unsigned-birth-date" />}
      {!nonResident && (
        <>
          <Text size="sm" c="dimmed">
            {t('credentials.unsigned.noticeLead')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('noticeNumber', 50)} data-testid="unsigned-notice-number" />
            <DayInput
              {...field('noticeIssuedOn', 10)}
              required={draft.noticeNumber.trim() !== ''}
              data-testid="unsigned-notice-date"
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('credentials.unsigned.identityLead')}
          </Text>
          <Select
            label={t('credentials.fields.identityDocument')}
            data={residentKinds.map((kind) => ({ value: kind, label: t(`credentials.documentKind.${kind}`) }))}
            value={draft.documentKind}
            onChange={(kind) => kind && onChange({ documentKind: kind as DocumentKind })}
            allowDeselect={false}
            data-testid="unsigned-document-kind"
          />
        </>
      )}
      <SimpleGrid cols={{ base: 1, sm: foreignPassport ? 3 : 2 }}>
        <TextInput {...field('documentNumber', 30)} required={nonResident} data-testid="unsigned-document-number" />
        <DayInput
          {...field('documentIssuedOn', 10)}
          required={nonResident || draft.documentNumber.trim() !== ''}
          data-testid="unsigned-document-date"
        />
        {foreignPassport && (
          <TextInput
            {...field('documentCountry', 2)}
            description={t('credentials.unsigned.countryHint')}
            required
            data-testid="unsigned-document-country"
          />
        )}
      </SimpleGrid>
      <LongText {...field('postalAddress', 500)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="email"
          {...field('email', 254)}
          description={t('credentials.unsigned.emailHint')}
          required
          data-testid="unsigned-email"
        />
        <TextInput type="tel" {...field('phone', 40)} />
      </SimpleGrid>
      {consent}
      <Group>
        <Button type="submit" loading={busy} data-testid="unsigned-submit">
          {t('credentials.unsigned.submit')}
        </Button>
        <Anchor component={Link} to={registerPath} size="sm">
          {t('credentials.unsigned.toRegistration')}
        </Anchor>
      </Group>
    </Stack>
  );
}
