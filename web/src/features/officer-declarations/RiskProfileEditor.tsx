import { Button, Group, List, Modal, MultiSelect, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice.tsx';
import { DayInput } from '../../components/DayInput.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import type { TextEvent } from '../../components/text-binding.ts';
import { ticked } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { almatyToday } from '../../dates.ts';
import { type DeclarationKind, declarationKinds } from './officer-declaration.ts';
import { officerKeys } from './queries.ts';
import {
  emptyRiskProfileForm,
  formOfProfile,
  type RiskProfile,
  type RiskProfileForm,
  riskProfileBody,
  riskProfileProblems,
} from './risk-profile-form.ts';
import { changeRiskProfile, createRiskProfile } from './risk-profiles-api.ts';

/** Today in Almaty, where profiles' validity days are counted. */

/** A risk profile's editor (ACC-17): conditions, the channel they send a declaration to, priority and validity. */
export function RiskProfileEditor({
  profile,
  opened,
  onClose,
  onSaved,
}: {
  profile: RiskProfile | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RiskProfileForm>(() => emptyRiskProfileForm(almatyToday()));
  const saving = useAction(
    (saved: RiskProfileForm) =>
      profile ? changeRiskProfile(profile.id, riskProfileBody(saved)) : createRiskProfile(riskProfileBody(saved)),
    [officerKeys.riskProfiles],
  );
  const busy = saving.pending;
  const failure = saving.error;
  const { reset } = saving;

  useEffect(() => {
    if (!opened) return;
    setForm(profile ? formOfProfile(profile) : emptyRiskProfileForm(almatyToday()));
    reset();
  }, [opened, profile, reset]);

  const problems = riskProfileProblems(form);
  const set =
    <K extends keyof RiskProfileForm>(key: K) =>
    (value: RiskProfileForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const text = (
    key:
      | 'name'
      | 'priority'
      | 'validFrom'
      | 'validTo'
      | 'hsPrefixes'
      | 'originCountries'
      | 'minCustomsValue'
      | 'maxPriorDeclarations',
  ) => ({
    value: form[key],
    onChange: (event: TextEvent) => set(key)(event.currentTarget.value),
    disabled: busy,
    'data-testid': `risk-field-${key}`,
  });

  const save = async () => {
    if (await saving.run(form)) onSaved();
  };

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={t(profile ? 'officerDeclarations.risk.editTitle' : 'officerDeclarations.risk.newTitle')}
      size="lg"
      data-testid="risk-editor"
    >
      <Stack gap="sm">
        <TextInput label={t('officerDeclarations.risk.fields.name')} maxLength={200} {...text('name')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('officerDeclarations.risk.fields.channel')}
          </Text>
          <Choice
            value={form.channel}
            onChange={set('channel')}
            options={{ yellow: t('officerDeclarations.channel.yellow'), red: t('officerDeclarations.channel.red') }}
            disabled={busy}
            aria-label={t('officerDeclarations.risk.fields.channel')}
            data-testid="risk-field-channel"
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('officerDeclarations.risk.fields.priority')}
            description={t('officerDeclarations.risk.hints.priority')}
            inputMode="numeric"
            {...text('priority')}
          />
          <DayInput label={t('officerDeclarations.risk.fields.validFrom')} {...text('validFrom')} />
          <DayInput
            label={t('officerDeclarations.risk.fields.validTo')}
            description={t('officerDeclarations.risk.hints.validTo')}
            {...text('validTo')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('officerDeclarations.risk.hints.conditions')}
        </Text>
        <TextInput
          label={t('officerDeclarations.risk.fields.hsPrefixes')}
          description={t('officerDeclarations.risk.hints.hsPrefixes')}
          {...text('hsPrefixes')}
        />
        <TextInput
          label={t('officerDeclarations.risk.fields.originCountries')}
          description={t('officerDeclarations.risk.hints.originCountries')}
          {...text('originCountries')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('officerDeclarations.risk.fields.minCustomsValue')}
            inputMode="decimal"
            {...text('minCustomsValue')}
          />
          <TextInput
            label={t('officerDeclarations.risk.fields.maxPriorDeclarations')}
            description={t('officerDeclarations.risk.hints.maxPriorDeclarations')}
            inputMode="numeric"
            {...text('maxPriorDeclarations')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('officerDeclarations.risk.fields.kinds')}
          placeholder={t('officerDeclarations.risk.hints.anyKind')}
          data={declarationKinds.map((kind) => ({ value: kind, label: t(`officerDeclarations.kind.${kind}`) }))}
          value={form.kinds}
          onChange={(value) => set('kinds')(value as DeclarationKind[])}
          disabled={busy}
          data-testid="risk-field-kinds"
        />
        <Switch
          label={t('officerDeclarations.risk.fields.active')}
          {...ticked(form.active, set('active'))}
          disabled={busy}
          data-testid="risk-field-active"
        />
        {problems.length > 0 && (
          <List size="sm" c="dimmed" data-testid="risk-problems">
            {problems.map((problem) => (
              <List.Item key={problem}>{t(`officerDeclarations.risk.problems.${problem}`)}</List.Item>
            ))}
          </List>
        )}
        {failure !== undefined && <ServerRefusalAlert title={t('officerDeclarations.risk.refused')} error={failure} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('officerDeclarations.risk.cancel')}
          </Button>
          <Button onClick={save} loading={busy} disabled={problems.length > 0} data-testid="risk-save">
            {t('officerDeclarations.risk.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
