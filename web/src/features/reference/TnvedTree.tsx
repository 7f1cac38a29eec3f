import { ActionIcon, Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { tnvedName } from './localized.ts';
import { tnvedCodePath, withQuery } from './paths.ts';
import { useTnvedEntry } from './queries.ts';
import type { TnvedChild, TnvedName, TnvedSections } from './tnved-api.ts';

/**
 * The nomenclature as a tree: sections and their chapters come in one answer; what lies under a
 * chapter or heading is asked for only when the reader opens it, so the page never loads
 * thirteen thousand lines at once.
 */
export function TnvedTree({ tree, date }: { tree: TnvedSections; date: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="tnved-tree">
      {tree.sections.map((section) => (
        <Branch
          key={section.code}
          testId="tnved-section"
          code={section.code}
          label={t('reference.tnved.sectionTitle', { code: section.code })}
          name={section.name}
        >
          {() => (
            <Stack gap={2}>
              {section.chapters.map((chapter) => (
                <TreeNode key={chapter.code} entry={{ ...chapter, level: 'chapter', hasChildren: true }} date={date} />
              ))}
            </Stack>
          )}
        </Branch>
      ))}
    </Stack>
  );
}

/** A chapter, heading or subheading: a link to its page, and its children loaded on opening. */
function TreeNode({ entry, date }: { entry: TnvedChild; date: string }) {
  const link = withQuery(tnvedCodePath(entry.code), { date });
  if (!entry.hasChildren) return <Leaf code={entry.code} name={entry.name} to={link} />;
  return (
    <Branch testId="tnved-node" code={entry.code} name={entry.name} to={link}>
      {() => <Children code={entry.code} date={date} />}
    </Branch>
  );
}

function Children({ code, date }: { code: string; date: string }) {
  const { t } = useTranslation();
  const load = mapLoad(loadOf(useTnvedEntry(code, date)), (entry) => entry.children);
  if (load.state === 'loading') return <Loader size="xs" m="xs" />;
  if (load.state === 'failed')
    return <ServerRefusalAlert title={t('reference.tnved.childrenFailed')} error={load.error} />;
  return (
    <Stack gap={2}>
      {load.value.map((child) => (
        <TreeNode key={child.code} entry={child} date={date} />
      ))}
    </Stack>
  );
}

function Branch({
  code,
  label,
  name,
  to,
  testId,
  children,
}: {
  code: string;
  label?: string;
  name: TnvedName;
  to?: string;
  testId: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Box data-testid={testId} data-code={code}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <ActionIcon
          variant="subtle"
          size="sm"
          mt={2}
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
          aria-label={label ?? code}
          data-testid="tnved-toggle"
        >
          <Text size="xs" component="span" aria-hidden>
            {opened ? '▾' : '▸'}
          </Text>
        </ActionIcon>
        <EntryLabel
          code={label ?? code}
          name={name}
          to={to}
          onClick={to ? undefined : () => setOpened((open) => !open)}
        />
      </Group>
      {opened && <Box pl={{ base: 'sm', sm: 'lg' }}>{children()}</Box>}
    </Box>
  );
}

function Leaf({ code, name, to }: { code: string; name: TnvedName; to: string }) {
  return (
    <Box pl={30} data-testid="tnved-leaf" data-code={code}>
      <EntryLabel code={code} name={name} to={to} />
    </Box>
  );
}

function EntryLabel({ code, name, to, onClick }: { code: string; name: TnvedName; to?: string; onClick?: () => void }) {
  const text = tnvedName(name, currentLanguage());
  const body = (
    <>
      <Text span ff="monospace" fw={600} mr="xs">
        {code}
      </Text>
      <Text span size="sm">
        {text}
      </Text>
    </>
  );
  if (to)
    return (
      <Anchor component={Link} to={to} c="inherit" data-testid="tnved-entry-link">
        {body}
      </Anchor>
    );
  return (
    <Anchor component="button" type="button" c="inherit" ta="left" onClick={onClick}>
      {body}
    </Anchor>
  );
}
