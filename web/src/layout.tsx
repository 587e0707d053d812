// The frame of every page: a header, the navigation, the keys help.
import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  Modal,
  NavLink,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconAddressBook,
  IconArchive,
  IconBook2,
  IconCalendarCheck,
  IconChartBar,
  IconLayoutKanban,
  IconPlus,
  IconSearch,
  IconSettings,
  IconTransfer,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isCoach, useMe } from './account-queries.js';
import { QuickAddButton } from './components/quick-add-dialog.js';
import { useSignOut } from './mutations/use-account.js';
import { notifyFailure } from './notify.js';
import { OfflineBanner } from './offline-banner.js';

const NAV = [
  { to: '/', label: 'Today', icon: IconCalendarCheck },
  { to: '/pipeline', label: 'Pipeline', icon: IconLayoutKanban },
  { to: '/opportunities/new', label: 'New opportunity', icon: IconPlus },
  { to: '/contacts', label: 'Contacts', icon: IconAddressBook },
  { to: '/holding', label: 'Holding file', icon: IconArchive },
  { to: '/progress', label: 'Progress', icon: IconChartBar },
  { to: '/import', label: 'Import & export', icon: IconTransfer },
  { to: '/settings', label: 'Settings', icon: IconSettings },
  { to: '/method', label: 'The method', icon: IconBook2 },
] as const;

// Shared mode only (serve --accounts): the personal mode has no accounts and shows none of these.
const CLIENTS = { to: '/clients', label: 'Clients', icon: IconUsersGroup } as const;
const ACCOUNT = { to: '/account', label: 'Account', icon: IconUserCircle } as const;

const KEYS: readonly (readonly [string, string])[] = [
  ['j', 'Next card'],
  ['k', 'Previous card'],
  ['v', 'Left voicemail (on the selected card)'],
  ['t', 'Talked (on the selected card)'],
  ['n', 'No answer (on the selected card)'],
  ['a', 'Quick add: "Applied to <job> at <company>"'],
  ['/', 'Search'],
  ['?', 'Show these keys'],
];

function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/pipeline')
    return (
      pathname === '/pipeline' ||
      (pathname.startsWith('/opportunities/') && pathname !== '/opportunities/new')
    );
  return pathname.startsWith(to);
}

function Logo() {
  return (
    <UnstyledButton component={Link} to="/" className="logo" aria-label="JustEnough, today">
      <span className="logo-dots" aria-hidden>
        <span />
        <span />
        <span />
      </span>
      <span className="logo-text">JustEnough</span>
    </UnstyledButton>
  );
}

export function Layout(props: { children: ReactNode }) {
  const [navOpen, nav] = useDisclosure(false);
  const [keysOpen, keys] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data ?? null;
  const signOut = useSignOut();
  const navItems = me ? [...(isCoach(me.role) ? [CLIENTS] : []), ...NAV, ACCOUNT] : NAV;
  useHotkeys([
    ['shift+?', keys.toggle],
    [
      '/',
      () => {
        const field =
          document.querySelector<HTMLInputElement>('[data-page-search]') ??
          document.querySelector<HTMLInputElement>('[data-global-search]');
        field?.focus();
      },
    ],
  ]);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <AppShell.Header className="header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close the menu' : 'Open the menu'}
            />
            <Logo />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <search>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void navigate(`/pipeline?search=${encodeURIComponent(search)}`);
                  setSearch('');
                }}
              >
                <TextInput
                  data-global-search
                  aria-label="Search opportunities and people"
                  placeholder="Search  /"
                  leftSection={<IconSearch size={16} />}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  visibleFrom="sm"
                  w={240}
                />
              </form>
            </search>
            <QuickAddButton />
            <Button
              component={Link}
              to="/opportunities/new"
              leftSection={<IconPlus size={16} />}
              size="sm"
            >
              Add
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" className="navbar" aria-label="Main">
        <Stack gap={2} component="nav" aria-label="Pages">
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={isActive(location.pathname, item.to)}
              aria-current={isActive(location.pathname, item.to) ? 'page' : undefined}
              onClick={nav.close}
              className="nav-link"
            />
          ))}
        </Stack>
        {me ? (
          <Stack gap={4} mt="auto" p="xs">
            <Text size="xs" c="dimmed" truncate="end" title={me.email}>
              Signed in as {me.name}
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, { onError: (e) => notifyFailure('Not signed out', e) })
              }
            >
              Sign out
            </Button>
          </Stack>
        ) : null}
        <Text size="xs" c="dimmed" mt={me ? 0 : 'auto'} p="xs" visibleFrom="sm">
          Press <Kbd size="xs">?</Kbd> for the keys
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" className="main">
        <div className="page">
          <OfflineBanner />
          {props.children}
        </div>
      </AppShell.Main>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={keysOpen}
        onClose={keys.close}
        title="Keyboard"
        centered
      >
        <Table>
          <VisuallyHidden component="caption">Keyboard shortcuts</VisuallyHidden>
          <Table.Tbody>
            {KEYS.map(([key, what]) => (
              <Table.Tr key={key}>
                <Table.Td w={60}>
                  <Kbd>{key}</Kbd>
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </AppShell>
  );
}
