import { Stack, Tabs, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LongText } from '../../../components/LongText.tsx';
import { typed } from '../../../components/text-binding.ts';
import { type Language, languages } from '../../../i18n/index.ts';
import type { ItemForm } from './item-form.ts';

type ItemText = 'title' | 'summary' | 'body';

/** An item's title, summary and body in each language, a tab each. */
export function ItemTextsTabs({
  form,
  setText,
}: {
  form: ItemForm;
  setText: (field: ItemText, language: Language, value: string) => void;
}) {
  const { t } = useTranslation();
  // Each language's box of a text, found by the browser tests by the text's and the language's names.
  const box = (field: ItemText, language: Language, maxLength: number) => ({
    ...typed(form[field][language], (text) => setText(field, language, text)),
    maxLength,
    'data-testid': `portal-editor-${field}-${language}`,
  });
  return (
    <Tabs defaultValue="ru" keepMounted={false}>
      <Tabs.List>
        {languages.map((language) => (
          <Tabs.Tab key={language} value={language} data-testid={`portal-editor-tab-${language}`}>
            {t(`language.${language}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {languages.map((language) => (
        <Tabs.Panel key={language} value={language} pt="sm">
          <Stack gap="sm">
            <TextInput label={t('portal.editor.fields.title')} {...box('title', language, 300)} />
            <LongText label={t('portal.editor.fields.summary')} {...box('summary', language, 1000)} />
            <LongText
              label={t('portal.editor.fields.body')}
              description={t('portal.editor.markupHelp')}
              {...box('body', language, 50_000)}
              minRows={6}
            />
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
