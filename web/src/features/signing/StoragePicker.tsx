import { Alert, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { storageLabel } from './ncalayer-storages.ts';
import { useSigner } from './signer-context.ts';

/**
 * Which of the key storages NCALayer reported to sign with: a key file, or a token or ID card
 * plugged in (issue 19 point 12). A user with a token inserted may still sign with a file.
 */
export function StoragePicker() {
  const { t } = useTranslation();
  const { storages, storage, chooseStorage, tokensFailed } = useSigner();
  if (!storages) return null;
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('signing.storage.title')}
        value={storage}
        onChange={chooseStorage}
        data-testid="ncalayer-storage"
        data-storage={storage}
      >
        <Group gap="md" mt={4}>
          {storages.map((name) => {
            const label = storageLabel(name);
            return (
              <Radio
                key={name}
                value={name}
                label={'key' in label ? t(label.key) : label.name}
                wrapperProps={{ 'data-testid': `ncalayer-storage-${name}` }}
              />
            );
          })}
        </Group>
      </Radio.Group>
      {tokensFailed && (
        <Alert color="yellow" data-testid="ncalayer-tokens-failed">
          {t('signing.storage.tokensFailed')}
        </Alert>
      )}
    </Stack>
  );
}
