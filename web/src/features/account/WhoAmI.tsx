import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactsTable } from '../../components/FactsTable.tsx';
import type { Me } from '../session/me.ts';

/** Who the logged-in user is to the system: type, IIN/BIN, organisation, roles, registering body. */
export function WhoAmI({ me }: { me: Me }) {
  const { t } = useTranslation();
  const rows: Array<[string, string | null, string]> = [
    [
      t('account.cabinet.kind'),
      me.userType ? t(`account.userTypes.${me.userType}.name`) : t(`session.kinds.${me.kind}`),
      'cabinet-type',
    ],
    [t('account.cabinet.iinBin'), me.iinBin, 'cabinet-iin-bin'],
    [t('account.cabinet.organisation'), me.organisation, 'cabinet-organisation'],
    [t('account.cabinet.login'), me.login, 'cabinet-login'],
    [t('account.cabinet.email'), me.email, 'cabinet-email'],
    [t('account.cabinet.registeringBody'), me.registeringBodyCode ?? me.officeCode, 'cabinet-body'],
  ];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" data-testid="cabinet-name">
            {me.displayName ?? me.login ?? me.iinBin}
          </Title>
          <Group gap={4}>
            {me.roles.map((role) => (
              <Badge key={role} variant="light" data-testid="cabinet-role">
                {role.startsWith('user:') ? t(`account.userTypes.${role.slice(5)}.name`) : t(`session.kinds.${role}`)}
              </Badge>
            ))}
            <Badge color={me.accessStatus === 'active' ? 'teal' : 'red'} variant="outline">
              {t(`account.cabinet.access.${me.accessStatus}`)}
            </Badge>
          </Group>
        </Group>
        <FactsTable facts={rows.filter(([, value]) => value)} />
        <Text size="xs" c="dimmed">
          {t('account.cabinet.roles')}
        </Text>
      </Stack>
    </Card>
  );
}
