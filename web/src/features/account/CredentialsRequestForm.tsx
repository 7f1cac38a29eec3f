import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { textFields } from '../../components/text-binding.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useRegistrationRegions } from './queries.ts';
import type { RegistrationDraft } from './registration-draft.ts';

type Fields = Pick<
  RegistrationDraft,
  | 'regionCode'
  | 'registrationNoticeNumber'
  | 'identityDocumentNumber'
  | 'identityDocumentIssuedOn'
  | 'applicantName'
  | 'postalAddress'
  | 'phone'
>;

/**
 * AST-6: what a request for a login and password carries — the region (its territorial body
 * reviews it), the state-registration notice, or for a person registered as neither the identity
 * document — and where to send the answer.
 */
export function CredentialsRequestForm({
  fields,
  onChange,
}: {
  fields: Fields;
  onChange: (change: Partial<Fields>) => void;
}) {
  const { t } = useTranslation();
  const { data: regions, isError: failed } = useRegistrationRegions();

  const language = currentLanguage();
  const field = textFields(fields, onChange, {
    registrationNoticeNumber: t('account.register.request.notice'),
    identityDocumentNumber: t('account.register.request.identityNumber'),
    identityDocumentIssuedOn: t('account.register.request.identityIssuedOn'),
    applicantName: t('account.register.request.applicantName'),
    postalAddress: t('account.register.request.postalAddress'),
    phone: t('account.register.request.phone'),
  });

  return (
    <Stack gap="sm" data-testid="credentials-request-form">
      <Select
        label={t('account.register.request.region')}
        description={t('account.register.request.regionLead')}
        placeholder={t('account.register.request.regionPick')}
        data={(regions ?? []).map((region) => ({ value: region.code, label: region.name[language] }))}
        value={fields.regionCode || null}
        onChange={(code) => onChange({ regionCode: code ?? '' })}
        searchable
        error={failed ? t('account.register.request.regionsFailed') : null}
        data-testid="request-region"
      />
      <TextInput
        {...field('registrationNoticeNumber', 50)}
        description={t('account.register.request.noticeLead')}
        data-testid="request-notice"
      />
      <Text size="sm" c="dimmed">
        {t('account.register.request.identityLead')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...field('identityDocumentNumber', 30)} data-testid="request-identity-number" />
        <DayInput {...field('identityDocumentIssuedOn', 10)} data-testid="request-identity-date" />
      </SimpleGrid>
      <TextInput {...field('applicantName', 300)} data-testid="request-name" />
      <TextInput {...field('postalAddress', 500)} data-testid="request-address" />
      <TextInput type="tel" {...field('phone', 40)} data-testid="request-phone" />
    </Stack>
  );
}
