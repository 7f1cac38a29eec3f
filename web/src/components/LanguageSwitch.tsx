import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from '../i18n/index.ts';

/** kk / ru / en; i18next's detector stores the choice, so the next visit opens in it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      data-testid="language-switch"
    />
  );
}
