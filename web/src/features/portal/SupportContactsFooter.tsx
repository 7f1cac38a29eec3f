import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSupportContacts } from './queries.ts';
import { dialable } from './support-contacts.ts';

/** The support service's address and phone in every page's footer (REG-13); nothing until they are known. */
export function SupportContactsFooter() {
  const { t } = useTranslation();
  const contacts = useSupportContacts();
  if (!contacts) return null;
  return (
    <Group gap="xs" data-testid="footer-support">
      <Text size="sm" c="dimmed">
        {t('footer.support')}:
      </Text>
      <Anchor size="sm" href={`mailto:${contacts.email}`} data-testid="footer-support-email">
        {contacts.email}
      </Anchor>
      <Anchor size="sm" href={`tel:${dialable(contacts.phone)}`} data-testid="footer-support-phone">
        {contacts.phone}
      </Anchor>
    </Group>
  );
}
