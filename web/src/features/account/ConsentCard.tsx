import { Loader, Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SmallLink } from '../../components/SmallLink.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { formatInstant } from './format.ts';
import { dataReadsPath } from './paths.ts';
import { useConsents } from './queries.ts';

/** The consent to the processing of personal data the user gave: which wording, in which language, when. */
export function ConsentCard() {
  const { t } = useTranslation();
  const { data: consents, error: failure } = useConsents();
  return (
    <TitledCard title={t('account.consent.title')} testId="profile-consent">
      {!consents && !failure && <Loader size="sm" />}
      {failure && <SigningErrorAlert error={failure} />}
      {consents && consents.length === 0 && <Text c="dimmed">{t('account.consent.none')}</Text>}
      {consents?.map((consent) => (
        <Stack key={`${consent.version}-${consent.givenAt}`} gap={4} data-testid="profile-consent-entry">
          <Text size="sm">
            {t('account.consent.given', {
              version: consent.version,
              at: formatInstant(consent.givenAt),
              language: t(`account.consent.languages.${consent.language}`),
            })}
          </Text>
          {consent.text && (
            <Spoiler maxHeight={0} showLabel={t('account.consent.showText')} hideLabel={t('account.consent.hideText')}>
              <Text size="xs">{consent.text}</Text>
            </Spoiler>
          )}
        </Stack>
      ))}
      <SmallLink to={dataReadsPath}>{t('account.consent.dataReads')}</SmallLink>
    </TitledCard>
  );
}
