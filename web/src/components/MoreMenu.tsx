import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { CountBadge, type NavEntry } from './OverflowNav.tsx';

/** The header's pages that do not fit its row, under their headings (the cabinet, the portal). */
export function MoreMenu({
  entries,
  button,
  openAtOnce,
}: {
  entries: NavEntry[];
  button: ReactElement;
  /** the button was clicked before this code had loaded */
  openAtOnce: boolean;
}) {
  return (
    <Menu position="bottom-end" width={300} withinPortal defaultOpened={openAtOnce}>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown data-testid="nav-more-menu">
        {entries.map((entry, index) => (
          <div key={entry.key}>
            {entries[index - 1]?.group !== entry.group && <Menu.Label>{entry.group}</Menu.Label>}
            <Menu.Item
              component={Link}
              to={entry.path}
              rightSection={entry.count ? <CountBadge count={entry.count} /> : undefined}
              data-testid={entry.testId}
            >
              {entry.label}
            </Menu.Item>
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
