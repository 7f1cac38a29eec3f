import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unsignedRequestPath } from '../credentials/paths.ts';
import { ChoiceCards } from './ChoiceCards.tsx';
import { CredentialsRequestForm } from './CredentialsRequestForm.tsx';
import type { RegistrationDraft } from './registration-draft.ts';

const methods = ['signature', 'credentials'] as const;

/**
 * REG-9: enter with the signature certificate from now on, or ask the territorial body for a
 * login and password (AST-2); the AST-6 facts are asked for only in the second case.
 */
export function MethodStep({
  draft,
  onChange,
}: {
  draft: RegistrationDraft;
  onChange: (change: Partial<RegistrationDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ChoiceCards
        options={methods}
        value={draft.authMethod}
        onChange={(authMethod) => onChange({ authMethod })}
        label={t('account.register.method.label')}
        texts={(method) => ({
          name: t(`account.register.method.${method}.name`),
          about: t(`account.register.method.${method}.about`),
        })}
        testIdPrefix="method-"
      />
      {draft.authMethod === 'credentials' && (
        <>
          {/* REG-10: the signature "where the user has one"; without it the request is filed on its own page */}
          <Anchor component={Link} to={unsignedRequestPath} size="sm" data-testid="method-unsigned">
            {t('credentials.unsigned.noSignatureLink')}
          </Anchor>
          <CredentialsRequestForm fields={draft} onChange={onChange} />
        </>
      )}
    </Stack>
  );
}
