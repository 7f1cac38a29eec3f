// biome-ignore-all lint/a11y/useSemanticElements: the windowed grid is divs with table roles, since only the rows in view are rendered
// biome-ignore-all lint/a11y/useFocusableInteractive: its rows and cells are read, not focused; the inputs inside them take the focus
import { ActionIcon, Box, Group, Input, Text } from '@mantine/core';
import type { GoodsItem } from '@shekara/contracts/declarations/documents';
import { type CSSProperties, memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scrollTopShowing, visibleRows } from '../../../components/row-window.ts';
import { fieldId } from '../editor-context.ts';
import { type ControlMessage, fieldMessage, sameMessages } from '../findings.ts';
import { CodePicker } from '../pick/CodePicker.tsx';
import { useNumberText } from '../use-number-text.ts';

/** The boxes of an item edited in the grid; the rest are in the item's own form. */
export const gridColumns = [
  { field: 'description', kind: 'text', width: 'minmax(180px, 2fr)', maxLength: 2000 },
  { field: 'hsCode', kind: 'code', picker: 'tnved', width: '140px', maxLength: 10 },
  { field: 'originCountry', kind: 'code', picker: 'countries', width: '72px', maxLength: 2 },
  { field: 'grossMass', kind: 'number', width: '100px' },
  { field: 'netMass', kind: 'number', width: '100px' },
  { field: 'invoiceValue', kind: 'number', width: '110px' },
  { field: 'customsValue', kind: 'number', width: '120px' },
] as const;
type GridField = (typeof gridColumns)[number]['field'];

export const rowHeight = 44;
const viewportHeight = 440;
// The row's number and buttons come first, so that on a narrow screen they are in view while the
// boxes scroll sideways.
const template = `56px 112px ${gridColumns.map((c) => c.width).join(' ')}`;
const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: template,
  gap: 6,
  alignItems: 'center',
  height: rowHeight,
  paddingInline: 6,
};

export interface ItemActions {
  onCell(index: number, field: GridField, value: unknown): void;
  onOpen(index: number): void;
  onDuplicate(index: number): void;
  onRemove(index: number): void;
}

/**
 * The goods items (boxes 31–47) as a grid that stays responsive at 999 items: only the rows in
 * view are rendered (windowing), and each row is memoised, so typing in one cell re-renders that
 * row alone. `jump` scrolls to an item a control message points at.
 */
export function ItemsGrid({
  items,
  messages,
  actions,
  readOnly,
  jump,
  date,
}: {
  /** the document's date: the pick-lists as in force on it */
  date: string | undefined;
  items: readonly GoodsItem[];
  messages: ReadonlyMap<number, readonly ControlMessage[]>;
  actions: ItemActions;
  readOnly: boolean;
  jump: { row: number; seq: number } | null;
}) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const range = visibleRows({ count: items.length, rowHeight, scrollTop, viewportHeight });

  useEffect(() => {
    const element = viewport.current;
    if (!jump || !element) return;
    element.scrollTop = scrollTopShowing(jump.row, {
      rowHeight,
      scrollTop: element.scrollTop,
      viewportHeight: element.clientHeight,
    });
    setScrollTop(element.scrollTop);
  }, [jump]);

  const rows = [];
  for (let index = range.first; index < range.end; index++) {
    rows.push(
      <ItemRow
        key={index}
        index={index}
        item={items[index]!}
        messages={messages.get(index)}
        actions={actions}
        readOnly={readOnly}
        date={date}
      />,
    );
  }

  return (
    <Box style={{ overflowX: 'auto' }}>
      {/* the grid is drawn with divs so that only the rows in view are rendered; the ARIA roles keep it a table for assistive technology */}
      <Box miw={1100} role="table" aria-label={t('declarations.goods.items.table')} aria-rowcount={items.length + 1}>
        <div
          style={{
            ...rowStyle,
            height: 'auto',
            paddingBlock: 6,
            borderBottom: '1px solid var(--mantine-color-gray-4)',
          }}
          role="row"
        >
          <Text size="xs" fw={600} role="columnheader">
            {t('declarations.goods.items.number')}
          </Text>
          <span role="columnheader" />
          {gridColumns.map((column) => (
            <Text key={column.field} size="xs" fw={600} role="columnheader">
              {t(`declarations.goods.items.columns.${column.field}`)}
            </Text>
          ))}
        </div>
        <div
          ref={viewport}
          style={{ height: Math.min(viewportHeight, Math.max(rowHeight, items.length * rowHeight)), overflowY: 'auto' }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          data-testid="items-viewport"
          data-rendered={range.end - range.first}
        >
          <div
            style={{ paddingTop: range.paddingTop, paddingBottom: range.paddingBottom }}
            role="rowgroup"
            data-testid="items-grid"
            data-count={items.length}
          >
            {rows}
          </div>
        </div>
      </Box>
    </Box>
  );
}

interface RowProps {
  index: number;
  item: GoodsItem;
  messages: readonly ControlMessage[] | undefined;
  actions: ItemActions;
  readOnly: boolean;
  date: string | undefined;
}

const ItemRow = memo(function ItemRow({ index, item, messages, actions, readOnly, date }: RowProps) {
  const { t } = useTranslation();
  // Counted so a test can see that typing in one row leaves the others un-rendered.
  const renders = useRef(0);
  renders.current++;
  const errors = messages?.some((m) => m.severity === 'error');
  return (
    <div
      style={{
        ...rowStyle,
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        background: errors ? 'var(--mantine-color-red-0)' : undefined,
      }}
      role="row"
      aria-rowindex={index + 2}
      data-testid="item-row"
      data-index={index}
      data-renders={renders.current}
      data-finding={errors ? 'error' : messages?.length ? 'warning' : undefined}
    >
      <Text size="sm" ta="right" title={fieldMessage(messages)} role="rowheader">
        {item.number ?? index + 1}
      </Text>
      <Group gap={2} wrap="nowrap" role="cell">
        <RowAction label={t('declarations.goods.items.open')} onClick={() => actions.onOpen(index)} testId="item-open">
          ✎
        </RowAction>
        {!readOnly && (
          <>
            <RowAction
              label={t('declarations.goods.items.duplicate')}
              onClick={() => actions.onDuplicate(index)}
              testId="item-duplicate"
            >
              ⊕
            </RowAction>
            <RowAction
              label={t('declarations.goods.items.remove')}
              onClick={() => actions.onRemove(index)}
              testId="item-remove"
              color="red"
            >
              ×
            </RowAction>
          </>
        )}
      </Group>
      {gridColumns.map((column) => {
        const path = `items.${index}.${column.field}`;
        const cellMessages = messages?.filter((m) => m.path === path);
        const props = {
          path,
          label: t(`declarations.goods.items.columns.${column.field}`),
          message: fieldMessage(cellMessages),
          readOnly,
          onValue: (value: unknown) => actions.onCell(index, column.field, value),
        };
        return (
          <div key={column.field} role="cell">
            {column.kind === 'code' ? (
              <CodePicker
                picker={column.picker}
                code={typeof item[column.field] === 'string' ? (item[column.field] as string) : ''}
                onCode={props.onValue}
                date={date}
                label={props.label}
                maxLength={column.maxLength}
                error={props.message}
                readOnly={readOnly}
                compact
                marks={{ id: fieldId(path), 'data-path': path, 'data-testid': `cell-${path}` }}
              />
            ) : column.kind === 'number' ? (
              <NumberCell value={item[column.field]} {...props} />
            ) : (
              <TextCell value={item[column.field]} maxLength={column.maxLength} {...props} />
            )}
          </div>
        );
      })}
    </div>
  );
}, sameRow);

/** A row's small button: a sign, named for a screen reader by its label. */
function RowAction(props: { label: string; onClick: () => void; testId: string; color?: string; children: string }) {
  return (
    <ActionIcon
      variant="subtle"
      color={props.color}
      aria-label={props.label}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.children}
    </ActionIcon>
  );
}

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.index === b.index &&
    a.item === b.item &&
    a.actions === b.actions &&
    a.readOnly === b.readOnly &&
    a.date === b.date &&
    sameMessages(a.messages, b.messages)
  );
}

interface CellProps {
  path: string;
  label: string;
  message: string | undefined;
  readOnly: boolean;
  onValue(value: unknown): void;
}

/**
 * What every cell's box carries: whether it can be changed, its message as the error mark and the
 * tooltip, its label for screen readers, and the path the message list and the browser tests find it by.
 */
function cellBox({ path, label, message, readOnly }: Omit<CellProps, 'onValue'>) {
  return {
    readOnly,
    error: message !== undefined,
    title: message,
    'aria-label': label,
    id: fieldId(path),
    'data-path': path,
    'data-testid': `cell-${path}`,
  };
}

function TextCell({ onValue, value, maxLength, ...cell }: CellProps & { value: unknown; maxLength?: number }) {
  return (
    <Input
      size="xs"
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onValue(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      maxLength={maxLength}
      {...cellBox(cell)}
    />
  );
}

function NumberCell({ onValue, value, ...cell }: CellProps & { value: unknown }) {
  const typing = useNumberText(value, onValue);
  return (
    <Input size="xs" inputMode="decimal" {...typing} {...cellBox(cell)} styles={{ input: { textAlign: 'right' } }} />
  );
}
