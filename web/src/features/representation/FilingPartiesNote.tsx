import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FilingParties {
  filer: { iinBin: string; register: string | null; registerNumber: string | null };
  declarant: string;
  representation: { contractNumber: string; contractDate: string; paperBasis: string | null } | null;
}

/**
 * On a declaration, the declarant's and the officer's view alike (issue 17 point 7): who filed
 * it — with its register number — and, when it filed for another, for whom and under which
 * representation. Nothing when the declarant filed for itself under no register.
 */
export function FilingPartiesNote({ parties }: { parties: FilingParties }) {
  const { t } = useTranslation();
  const { filer, representation } = parties;
  const forAnother = filer.iinBin !== parties.declarant;
  if (!forAnother && !filer.registerNumber) return null;
  const registerNumber = filer.registerNumber
    ? t('representation.parties.registerNumber', { number: filer.registerNumber })
    : '';
  return (
    <Alert color="gray" variant="light" data-testid="filing-parties" data-filer={filer.iinBin}>
      <Text size="sm">
        {forAnother
          ? t('representation.parties.forAnother', {
              filer: filer.iinBin,
              registerNumber,
              declarant: parties.declarant,
            })
          : t('representation.parties.own', { filer: filer.iinBin, registerNumber })}
      </Text>
      {representation && (
        <Text size="sm" data-testid="filing-parties-contract">
          {t('representation.parties.contract', {
            number: representation.contractNumber,
            date: representation.contractDate,
          })}
          {representation.paperBasis && ` ${t('representation.onPaper', { basis: representation.paperBasis })}`}
        </Text>
      )}
    </Alert>
  );
}
