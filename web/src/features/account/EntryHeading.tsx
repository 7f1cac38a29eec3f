import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loginPath, registerPath } from '../../navigation.ts';

/** The heading of the log-in and registration pages: the title, and a lead ending in a link to the other page. */
export function EntryHeading({ page }: { page: 'login' | 'register' }) {
  const { t } = useTranslation();
  const headings = {
    login: {
      title: t('account.login.title'),
      lead: t('account.login.lead'),
      testId: 'login-title',
      other: { to: registerPath, label: t('account.login.register'), testId: 'login-register' },
    },
    register: {
      title: t('account.register.title'),
      lead: t('account.register.lead'),
      testId: 'register-title',
      other: { to: loginPath, label: t('account.register.haveAccount'), testId: undefined },
    },
  };
  const { title, lead, testId, other } = headings[page];
  return (
    <Stack gap="xs">
      <Title order={1} data-testid={testId}>
        {title}
      </Title>
      <Text>
        {lead}{' '}
        <Anchor component={Link} to={other.to} data-testid={other.testId}>
          {other.label}
        </Anchor>
      </Text>
    </Stack>
  );
}
