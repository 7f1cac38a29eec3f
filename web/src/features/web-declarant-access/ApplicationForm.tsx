import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type ApplicantKind, applicantKinds } from '@shekara/contracts/web-declarant-access';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { LongText } from '../../components/LongText.tsx';
import { ticked } from '../../components/text-binding.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type ApplicationDraft, okpoLength } from './application-draft.ts';
import { useDepartments } from './queries.ts';

/** The fields of the Annex 1 application (WD-35), for filing online and for entering a paper one. */
export function ApplicationForm({
  draft,
  onChange,
  disabled,
}: {
  draft: ApplicationDraft;
  onChange: (draft: ApplicationDraft) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const set =
    <K extends keyof ApplicationDraft>(key: K) =>
    (value: ApplicationDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const text = (key: keyof ApplicationDraft) => ({
    value: String(draft[key]),
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...draft, [key]: event.currentTarget.value }),
    disabled,
    'data-testid': `wd-field-${key}`,
  });
  const language = currentLanguage();
  const okpo = okpoLength[draft.applicantKind];

  return (
    <Stack gap="md" data-testid="wd-application-form">
      <Select
        label={t('webDeclarant.form.customsBody')}
        description={t('webDeclarant.form.customsBodyHint')}
        data={departments.map((body) => ({ value: body.code, label: `${body.code} — ${body.name[language]}` }))}
        value={draft.customsBodyCode || null}
        onChange={(value) => set('customsBodyCode')(value ?? '')}
        searchable
        required
        disabled={disabled}
        data-testid="wd-field-customsBodyCode"
      />
      <Select
        label={t('webDeclarant.form.applicantKind')}
        data={applicantKinds.map((kind) => ({ value: kind, label: t(`webDeclarant.applicantKind.${kind}`) }))}
        value={draft.applicantKind}
        onChange={(value) => value && set('applicantKind')(value as ApplicantKind)}
        allowDeselect={false}
        disabled={disabled}
        data-testid="wd-field-applicantKind"
      />
      <TextInput label={t('webDeclarant.form.fullName')} required maxLength={500} {...text('fullName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('webDeclarant.form.shortName')} required maxLength={200} {...text('shortName')} />
        <TextInput label={t('webDeclarant.form.signatoryName')} required maxLength={300} {...text('signatoryName')} />
        <TextInput
          label={t('webDeclarant.form.taxpayerNumber')}
          description={t('webDeclarant.form.taxpayerNumberHint')}
          required
          inputMode="numeric"
          maxLength={12}
          {...text('taxpayerNumber')}
        />
        <TextInput
          label={t('webDeclarant.form.okpo')}
          description={
            okpo === null ? t('webDeclarant.form.okpoOptional') : t('webDeclarant.form.okpoDigits', { count: okpo })
          }
          required={okpo !== null}
          inputMode="numeric"
          maxLength={10}
          {...text('okpo')}
        />
      </SimpleGrid>
      <LongText
        label={t('webDeclarant.form.legalAddress')}
        required
        minRows={1}
        maxLength={500}
        {...text('legalAddress')}
      />
      <LongText
        label={t('webDeclarant.form.actualAddress')}
        required
        minRows={1}
        maxLength={500}
        {...text('actualAddress')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('webDeclarant.form.phones')}
          description={t('webDeclarant.form.phonesHint')}
          required
          maxLength={220}
          {...text('phones')}
        />
        <TextInput label={t('webDeclarant.form.email')} type="email" required maxLength={254} {...text('email')} />
      </SimpleGrid>
      <NumberInput
        label={t('webDeclarant.form.workplaces')}
        description={t('webDeclarant.form.workplacesHint')}
        min={1}
        max={100}
        allowDecimal={false}
        value={draft.workplaces}
        onChange={(value) => set('workplaces')(typeof value === 'number' ? value : Number(value) || 0)}
        disabled={disabled}
        maw={240}
        data-testid="wd-field-workplaces"
      />
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('webDeclarant.form.stickerLetter')}
        </Text>
        <Group grow align="flex-start">
          <TextInput label={t('webDeclarant.form.stickerNumber')} required maxLength={50} {...text('stickerNumber')} />
          <DayInput label={t('webDeclarant.form.stickerDate')} required {...text('stickerDate')} />
          <TextInput label={t('webDeclarant.form.stickerCode')} required maxLength={50} {...text('stickerCode')} />
        </Group>
      </Stack>
      <Text size="sm" c="dimmed" data-testid="wd-rules-terms">
        {t('webDeclarant.form.terms')}
      </Text>
      <Checkbox
        label={t('webDeclarant.form.consent')}
        {...ticked(draft.consentToRules, set('consentToRules'))}
        disabled={disabled}
        data-testid="wd-field-consent"
      />
    </Stack>
  );
}
