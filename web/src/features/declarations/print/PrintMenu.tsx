import { Button, Menu } from '@mantine/core';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import { useTranslation } from 'react-i18next';

/** A "print" button offering the printed form in Kazakh or Russian, each a PDF opened in a new tab. */
export function PrintMenu({
  url,
  label,
  testId,
}: {
  url: (lang: PrintLanguage) => string;
  label?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button variant="light" data-testid={testId}>
          {label ?? t('declarations.print.action')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['kk', 'ru'] as const).map((lang) => (
          <Menu.Item
            key={lang}
            component="a"
            href={url(lang)}
            target="_blank"
            rel="noopener"
            data-testid={`${testId}-${lang}`}
          >
            {t(`declarations.print.${lang}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
