import { Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../i18n/index.ts';
import type { ItemForm } from './item-form.ts';

/** An item's title, summary and body in each language, a tab each. */
export function ItemTextsTabs({
  form,
  setText,
}: {
  form: ItemForm;
  setText: (field: 'title' | 'summary' | 'body', language: Language, value: string) => void;
}) {
  const { t } = useTranslation();
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
            <TextInput
              label={t('portal.editor.fields.title')}
              maxLength={300}
              value={form.title[language]}
              onChange={(e) => setText('title', language, e.currentTarget.value)}
              data-testid={`portal-editor-title-${language}`}
            />
            <Textarea
              label={t('portal.editor.fields.summary')}
              maxLength={1000}
              autosize
              minRows={2}
              value={form.summary[language]}
              onChange={(e) => setText('summary', language, e.currentTarget.value)}
              data-testid={`portal-editor-summary-${language}`}
            />
            <Textarea
              label={t('portal.editor.fields.body')}
              description={t('portal.editor.markupHelp')}
              maxLength={50_000}
              autosize
              minRows={6}
              value={form.body[language]}
              onChange={(e) => setText('body', language, e.currentTarget.value)}
              data-testid={`portal-editor-body-${language}`}
            />
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
