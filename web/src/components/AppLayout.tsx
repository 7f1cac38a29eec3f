import { Anchor, AppShell, Burger, Button, Container, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { loginPath, publicSections, publicServices } from '../navigation.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();

  return (
    <AppShell header={{ height: { base: 60, md: 104 } }} navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !opened, desktop: true } }} padding="md">
      <AppShell.Header>
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={3} data-testid="app-name">
                {t('app.name')}
              </Title>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button component={Link} to={loginPath} size="sm" visibleFrom="xs">
              {t('nav.login')}
            </Button>
          </Group>
        </Group>
        {/* Section names run long in Kazakh, so on wide screens they get a row of their own. */}
        <Group h={44} px="md" gap={4} visibleFrom="md" component="nav" wrap="nowrap" style={{ overflowX: 'auto' }}>
          {[...publicSections, ...publicServices].map((section) => (
            <Button key={section.key} component={RouterNavLink} to={section.path} variant={pathname === section.path ? 'light' : 'subtle'} size="compact-sm">
              {t(`nav.${section.key}`)}
            </Button>
          ))}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <Stack gap={2}>
          {[...publicSections, ...publicServices].map((section) => (
            <NavLink key={section.key} component={Link} to={section.path} label={t(`nav.${section.key}`)} active={pathname === section.path} onClick={close} />
          ))}
          <NavLink component={Link} to={loginPath} label={t('nav.login')} onClick={close} />
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main>
        <Container size="lg" component="main" id="content">
          <Outlet />
        </Container>
        <Container size="lg" component="footer" py="xl">
          <Text size="sm" c="dimmed">
            {t('footer.text')}
          </Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
