import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationDraft } from './registration-draft.ts';

/** What is about to be signed and sent, for a last look before signing (REG-10). */
export function RegistrationSummary({ draft }: { draft: RegistrationDraft }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('account.register.userType.label'), draft.userType ? t(`account.userTypes.${draft.userType}.name`) : ''],
    [t('account.register.iinBin.label'), draft.iinBin],
    [t('account.register.email.label'), draft.email.trim()],
    [t('account.register.method.label'), t(`account.register.method.${draft.authMethod}.name`)],
  ];
  return (
    <Table variant="vertical" withTableBorder data-testid="registration-summary">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={{ base: 120, sm: 220 }}>{label}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
