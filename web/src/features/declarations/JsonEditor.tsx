import { Stack, Text, Textarea } from '@mantine/core';
import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The structured editor of the kinds without a form of their own yet: the document as JSON text
 * in the shared model's shape, saved while it parses, with control's messages beside it.
 */
export function JsonEditor({
  document,
  setDocument,
  readOnly,
}: {
  document: unknown;
  setDocument: Dispatch<SetStateAction<Record<string, unknown>>>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(document, null, 2));
  const [invalid, setInvalid] = useState(false);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('declarations.json.lead')}
      </Text>
      <Textarea
        value={text}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          try {
            const parsed: unknown = JSON.parse(next);
            const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
            setInvalid(!isObject);
            if (isObject) setDocument(parsed as Record<string, unknown>);
          } catch {
            setInvalid(true);
          }
        }}
        readOnly={readOnly}
        autosize
        minRows={16}
        maxRows={40}
        styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
        error={invalid ? t('declarations.json.invalid') : undefined}
        aria-label={t('declarations.json.label')}
        data-testid="json-editor"
      />
    </Stack>
  );
}
