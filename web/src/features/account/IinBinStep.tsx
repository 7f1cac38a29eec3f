import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkIinBin } from './iin-bin.ts';

/** REG-6: the IIN or BIN, checked digit by digit as it is typed. */
export function IinBinStep({
  value,
  onChange,
  showIncomplete,
}: {
  value: string;
  onChange: (value: string) => void;
  showIncomplete: boolean;
}) {
  const { t } = useTranslation();
  const check = checkIinBin(value);
  const error =
    check === 'format' || check === 'check_digit' || check === 'structure'
      ? t(`account.register.problems.iinBin_${check}`)
      : check === 'incomplete' && showIncomplete
        ? t('account.register.problems.iinBinIncomplete')
        : null;
  return (
    <TextInput
      label={t('account.register.iinBin.label')}
      description={t('account.register.iinBin.lead')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.replace(/\s+/g, '').slice(0, 12))}
      inputMode="numeric"
      autoComplete="off"
      maxLength={12}
      error={error}
      rightSection={
        check === 'iin' || check === 'bin' ? (
          <Text size="xs" c="teal" fw={600} pr="xs" data-testid="iin-bin-kind">
            {t(`account.register.iinBin.${check}`)}
          </Text>
        ) : null
      }
      rightSectionWidth={check === 'iin' || check === 'bin' ? 64 : undefined}
      data-testid="register-iin-bin"
      data-check={check}
    />
  );
}
