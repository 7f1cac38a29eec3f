import { Badge, Box, Button, Group } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { NavLink as RouterNavLink } from 'react-router';

/** One page in the header's row: where it is, what it says, and a count beside it (unread decisions). */
export interface NavEntry {
  key: string;
  path: string;
  label: string;
  /** the heading it falls under in the "more" menu (the cabinet, the portal) */
  group: string;
  count?: number;
  testId?: string;
}

const gap = 4;

// The "more" menu (and its pop-over library) comes when the row first overflows, not with the first
// page's script (issue 19 point 11); meanwhile its button is shown as it will be.
const MoreMenu = lazy(() => import('./MoreMenu.tsx').then((module) => ({ default: module.MoreMenu })));

/**
 * The header's row of pages: as many as fit in one line, the rest under "more". Names run long in
 * Kazakh and Russian, so what fits is measured, not guessed: a hidden copy of the row holds every
 * button at its natural width, and the row is laid out again whenever its width changes.
 */
export function OverflowNav({ entries, pathname, more }: { entries: NavEntry[]; pathname: string; more: string }) {
  const rowRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(entries.length);
  const [moreWanted, setMoreWanted] = useState(false);
  const signature = entries.map((e) => `${e.label}:${e.count ?? ''}`).join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the entries' labels and counts
  useLayoutEffect(() => {
    const row = rowRef.current;
    const measure = measureRef.current;
    if (!row || !measure) return;
    const fitRow = () => {
      const widths = [...measure.children].map((child) => child.getBoundingClientRect().width);
      const moreWidth = widths.pop() ?? 0;
      const style = getComputedStyle(row);
      const available = row.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const all = widths.reduce((sum, width) => sum + width + gap, 0);
      if (all <= available) {
        setShown(widths.length);
        return;
      }
      let used = moreWidth;
      let count = 0;
      for (const width of widths) {
        if (used + width + gap > available) break;
        used += width + gap;
        count++;
      }
      setShown(count);
    };
    fitRow();
    const observer = new ResizeObserver(fitRow);
    observer.observe(row);
    return () => observer.disconnect();
  }, [signature]);

  const button = (entry: NavEntry, measured = false): ReactNode => (
    <Button
      key={entry.key}
      component={RouterNavLink}
      to={entry.path}
      variant={pathname === entry.path ? 'light' : 'subtle'}
      size="compact-sm"
      style={{ flexShrink: 0 }}
      tabIndex={measured ? -1 : undefined}
      data-testid={measured ? undefined : entry.testId}
      rightSection={entry.count ? <CountBadge count={entry.count} /> : undefined}
    >
      {entry.label}
    </Button>
  );
  const rest = entries.slice(shown);
  // "more" clicked while its menu's code is still loading opens the menu once it has come
  const moreButton = (
    <Button
      variant="subtle"
      size="compact-sm"
      style={{ flexShrink: 0 }}
      data-testid="nav-more"
      onClick={() => setMoreWanted(true)}
    >
      {more} ▾
    </Button>
  );

  return (
    <Box pos="relative" style={{ overflow: 'hidden' }}>
      <Group ref={rowRef} h={44} px="md" gap={gap} wrap="nowrap" data-testid="header-nav" data-hidden={rest.length}>
        {entries.slice(0, shown).map((entry) => button(entry))}
        {rest.length > 0 && (
          <Suspense fallback={moreButton}>
            <MoreMenu entries={rest} button={moreButton} openAtOnce={moreWanted} />
          </Suspense>
        )}
      </Group>
      {/* every button at its natural width, out of sight and out of reach, for the measuring above */}
      <Group
        ref={measureRef}
        gap={gap}
        wrap="nowrap"
        aria-hidden
        inert
        pos="absolute"
        top={0}
        left={0}
        style={{ visibility: 'hidden', pointerEvents: 'none' }}
      >
        {entries.map((entry) => button(entry, true))}
        <Button variant="subtle" size="compact-sm" style={{ flexShrink: 0 }} tabIndex={-1}>
          {more} ▾
        </Button>
      </Group>
    </Box>
  );
}

export function CountBadge({ count }: { count: number }) {
  return (
    <Badge size="sm" circle={count < 10} color="red" data-testid="nav-count">
      {count}
    </Badge>
  );
}
