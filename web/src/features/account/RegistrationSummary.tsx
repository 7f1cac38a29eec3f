import { useTranslation } from 'react-i18next';
import { type Fact, FactsTable } from '../../components/FactsTable.tsx';
import type { RegistrationDraft } from './registration-draft.ts';

/** What is about to be signed and sent, for a last look before signing (REG-10). */
export function RegistrationSummary({ draft }: { draft: RegistrationDraft }) {
  const { t } = useTranslation();
  const rows: Fact[] = [
    [t('account.register.userType.label'), draft.userType ? t(`account.userTypes.${draft.userType}.name`) : ''],
    [t('account.register.iinBin.label'), draft.iinBin],
    [t('account.register.email.label'), draft.email.trim()],
    [t('account.register.method.label'), t(`account.register.method.${draft.authMethod}.name`)],
  ];
  return <FactsTable facts={rows} testId="registration-summary" />;
}
