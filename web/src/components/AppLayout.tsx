import {
  Anchor,
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  Center,
  Container,
  Divider,
  Group,
  Loader,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { featureRoutes } from '../feature-routes.ts';
import { decisionsPath } from '../features/declarations/paths.ts';
import { useUnreadDecisions } from '../features/declarations/unread-decisions.ts';
import { MaintenanceBanner } from '../features/portal/MaintenanceBanner.tsx';
import { SupportContactsFooter } from '../features/portal/SupportContactsFooter.tsx';
import { menuAreasOf, menuOf } from '../features/session/areas.ts';
import type { Me } from '../features/session/me.ts';
import { useSession } from '../features/session/session-context.ts';
import { loginPath, publicSections, publicServices } from '../navigation.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { type AreaMenu, type MenuEntry, nameOf } from './menu-entries.ts';
import { type NavEntry, OverflowNav } from './OverflowNav.tsx';

// What only a logged-in user sees comes after the first page, not with its script (issue 19 point 11).
const UserMenu = lazy(() => import('./UserMenu.tsx').then((module) => ({ default: module.UserMenu })));
const SignatureLevelBanner = lazy(() =>
  import('../features/account/SignatureLevelBanner.tsx').then((module) => ({ default: module.SignatureLevelBanner })),
);

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { me, logOut } = useSession();
  const unreadDecisions = useUnreadDecisions(me?.kind === 'user');

  // The portal's sections first (features' public pages, in their menu order), then public services.
  const publicMenu: MenuEntry[] = [
    ...publicSections.map((section) => ({ key: section.key, path: section.path, label: t(`nav.${section.key}`) })),
    ...menuOf('public', featureRoutes).map((route) => ({
      key: route.path,
      path: route.path,
      label: t(route.menu!.label),
    })),
    ...publicServices.map((service) => ({ key: service.key, path: service.path, label: t(`nav.${service.key}`) })),
  ];
  // The logged-in user's own areas: the cabinet, or the officer's workplace (and administration);
  // an area none of whose pages exist yet is left out.
  const areaMenus = (me ? menuAreasOf(me.kind) : [])
    .map((area) => ({
      area,
      entries: menuOf(area, featureRoutes).map((route) => ({
        key: route.path,
        path: route.path,
        label: t(route.menu!.label),
        ...(route.path === decisionsPath && { count: unreadDecisions }),
      })),
    }))
    .filter(({ entries }) => entries.length > 0);
  // The header's row: the user's own pages first (the cabinet in plain sight), then the portal's;
  // what does not fit goes under "more".
  const headerEntries: NavEntry[] = [
    ...areaMenus.flatMap(({ area, entries }) =>
      entries.map((entry) => ({ ...entry, group: t(`session.areas.${area}`), testId: `nav-${entry.path}` })),
    ),
    ...publicMenu.map((entry) => ({ ...entry, group: t('nav.portal'), testId: `nav-${entry.path}` })),
  ];

  const leave = () => {
    close();
    void logOut().finally(() => navigate('/'));
  };

  return (
    <AppShell
      header={{ height: { base: 60, md: 104 } }}
      navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !opened, desktop: true } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('nav.menu')}
              data-testid="nav-burger"
            />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={3} data-testid="app-name">
                {t('app.name')}
              </Title>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me ? (
              <>
                <Suspense fallback={null}>
                  <UserMenu me={me} areaMenus={areaMenus} onLeave={leave} />
                </Suspense>
                <Button variant="default" size="sm" visibleFrom="xs" onClick={leave} data-testid="header-log-out">
                  {t('session.logOut')}
                </Button>
              </>
            ) : (
              <Button component={Link} to={loginPath} size="sm" visibleFrom="xs" data-testid="log-in">
                {t('nav.login')}
              </Button>
            )}
          </Group>
        </Group>
        {/* Section names run long in Kazakh, so on wide screens they get a row of their own. */}
        <Box component="nav" visibleFrom="md" aria-label={t('nav.menu')}>
          <OverflowNav entries={headerEntries} pathname={pathname} more={t('nav.more')} />
        </Box>
      </AppShell.Header>

      <AppShell.Navbar p="sm" style={{ overflowY: 'auto' }}>
        <SideMenu
          me={me}
          areaMenus={areaMenus}
          publicMenu={publicMenu}
          pathname={pathname}
          onClose={close}
          onLeave={leave}
        />
      </AppShell.Navbar>

      <AppShell.Main>
        {/* AppShell.Main is the page's one <main>; this is only its width */}
        <Container size="lg" id="content">
          <MaintenanceBanner />
          {me?.kind === 'user' && me.session.level === 'password' && (
            <Suspense fallback={null}>
              <SignatureLevelBanner />
            </Suspense>
          )}
          {/* a page's code comes when the page is first shown (feature-route.ts lazyPage) */}
          <Suspense
            fallback={
              <Center py="xl">
                <Loader aria-label={t('app.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </Container>
        <Container size="lg" component="footer" py="xl">
          <Stack gap="xs">
            <SupportContactsFooter />
            <Text size="sm" c="dimmed">
              {t('footer.text')}
            </Text>
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

interface SideMenuProps {
  me: Me | null;
  areaMenus: AreaMenu[];
  publicMenu: MenuEntry[];
  pathname: string;
  onClose: () => void;
  onLeave: () => void;
}

/** The menu a narrow screen opens with the burger: the user's areas, then the public sections. */
function SideMenu({ me, areaMenus, publicMenu, pathname, onClose: close, onLeave }: SideMenuProps) {
  const { t } = useTranslation();
  const link = (entry: MenuEntry) => (
    <NavLink
      key={entry.key}
      component={Link}
      to={entry.path}
      label={entry.label}
      rightSection={
        entry.count ? (
          <Badge size="sm" color="red">
            {entry.count}
          </Badge>
        ) : undefined
      }
      active={pathname === entry.path}
      onClick={close}
    />
  );
  return (
    <Stack gap={2}>
      {me && (
        <Stack gap={0} px="sm" pb="xs">
          <Text size="sm" fw={600}>
            {nameOf(me)}
          </Text>
          <Text size="xs" c="dimmed">
            {me.organisation ?? t(`session.kinds.${me.kind}`)}
          </Text>
        </Stack>
      )}
      {areaMenus.map(({ area, entries }) => (
        // a button, not a link: it opens its group, and only a button may say it is expanded
        <NavLink key={area} component="button" label={t(`session.areas.${area}`)} defaultOpened childrenOffset="sm">
          {entries.map(link)}
        </NavLink>
      ))}
      {me && <Divider my="xs" />}
      {publicMenu.map(link)}
      <Divider my="xs" />
      {me ? (
        <NavLink component="button" label={t('session.logOut')} onClick={onLeave} c="red" data-testid="nav-log-out" />
      ) : (
        <NavLink component={Link} to={loginPath} label={t('nav.login')} onClick={close} data-testid="nav-log-in" />
      )}
    </Stack>
  );
}
