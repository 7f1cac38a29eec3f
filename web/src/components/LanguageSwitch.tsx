import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, languages, switchLanguage } from '../i18n/index.ts';

/** kk / ru / en; the choice is kept (i18n/index.ts), so the next visit's first page comes in it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(language) => void switchLanguage(language as Language)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      data-testid="language-switch"
    />
  );
}
