import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedSize } from './localized.ts';
import { type ContentKind, fileUrl, type PortalFile } from './portal-api.ts';

/** A download with what a user needs to trust it: name, type, size and the SHA-256 to check it against. */
export function FileDownload({ kind, slug, file }: { kind: ContentKind; slug: string; file: PortalFile }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} data-testid="portal-file" data-sha256={file.sha256}>
      <Group gap="sm" wrap="wrap">
        <Button
          component="a"
          href={fileUrl(kind, slug)}
          download={file.name}
          size="sm"
          data-testid="portal-file-download"
        >
          {t('portal.file.download')}
        </Button>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {file.name} · {printedSize(file.size, i18n.resolvedLanguage)} · {file.contentType}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('portal.file.sha256')}
      </Text>
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="portal-file-sha256">
        {file.sha256}
      </Code>
    </Stack>
  );
}
