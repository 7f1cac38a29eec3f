import { Badge, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../features/session/me.ts';
import { type AreaMenu, nameOf } from './menu-entries.ts';

/** The logged-in user's name in the header, opening their areas and the log-out. */
export function UserMenu({ me, areaMenus, onLeave }: { me: Me; areaMenus: AreaMenu[]; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        {/* named by what it shows, the user and the organisation; the menu says itself a pop-up (aria-haspopup) */}
        <UnstyledButton visibleFrom="xs" data-testid="user-menu" data-kind={me.kind}>
          <Stack gap={0} align="flex-end" maw={220}>
            <Text size="sm" fw={600} truncate="end" data-testid="user-name">
              {nameOf(me)}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {me.organisation ?? t(`session.kinds.${me.kind}`)}
            </Text>
          </Stack>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {areaMenus.map(({ area, entries }) => (
          <div key={area}>
            <Menu.Label>{t(`session.areas.${area}`)}</Menu.Label>
            {entries.map((entry) => (
              <Menu.Item
                key={entry.key}
                component={Link}
                to={entry.path}
                rightSection={
                  entry.count ? (
                    <Badge size="sm" color="red">
                      {entry.count}
                    </Badge>
                  ) : undefined
                }
              >
                {entry.label}
              </Menu.Item>
            ))}
          </div>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" onClick={onLeave} data-testid="log-out">
          {t('session.logOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
