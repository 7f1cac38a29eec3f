import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { typed } from '../../components/text-binding.ts';
import type { SchedulePartForm } from './application-form.ts';

/** The parts of a schedule, each a day and an amount: one for a deferral, up to 12 for an instalment. */
export function ScheduleEditor({
  parts,
  onChange,
  single,
  disabled,
}: {
  parts: SchedulePartForm[];
  onChange: (parts: SchedulePartForm[]) => void;
  single: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const set = (index: number, part: Partial<SchedulePartForm>) =>
    onChange(parts.map((p, i) => (i === index ? { ...p, ...part } : p)));
  return (
    <Stack gap="xs" data-testid="schedule-editor">
      <Text size="sm" fw={500}>
        {t('paymentApplications.schedule.title')}
      </Text>
      {parts.map((part, index) => (
        <Group key={index} align="flex-end" wrap="nowrap">
          <DayInput
            label={t('paymentApplications.schedule.dueDate')}
            disabled={disabled}
            {...typed(part.dueDate, (dueDate) => set(index, { dueDate }))}
            data-testid={`schedule-date-${index}`}
          />
          <TextInput
            label={t('paymentApplications.schedule.amount')}
            inputMode="decimal"
            disabled={disabled}
            {...typed(part.amount, (amount) => set(index, { amount }))}
            data-testid={`schedule-amount-${index}`}
          />
          {!single && parts.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('paymentApplications.schedule.remove')}
              onClick={() => onChange(parts.filter((_, i) => i !== index))}
              disabled={disabled}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {!single && parts.length < 12 && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => onChange([...parts, { dueDate: '', amount: '' }])}
          disabled={disabled}
          data-testid="schedule-add"
        >
          {t('paymentApplications.schedule.add')}
        </Button>
      )}
    </Stack>
  );
}
