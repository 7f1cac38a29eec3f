import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { GoodsItem } from '@shekara/contracts/declarations/documents';
import { maxGoodsItems } from '@shekara/contracts/declarations/documents';
import { type Dispatch, type SetStateAction, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyToday, isIsoDate } from '../../../dates.ts';
import { useExchangeRates } from '../../reference/queries.ts';
import { itemIndexOf, withValueAt } from '../document-paths.ts';
import { EditorContext, type EditorState, fieldId } from '../editor-context.ts';
import type { MessageIndex } from '../findings.ts';
import { firstRates, ratesOfNewDate, withComputedBoxes } from './computed-boxes.ts';
import { GoodsHeader } from './GoodsHeader.tsx';
import { type Section, sectionOf } from './header-layout.ts';
import { ItemForm } from './ItemForm.tsx';
import { gridColumns, type ItemActions, ItemsGrid } from './ItemsGrid.tsx';
import { addItem, duplicateItem, removeItem } from './item-operations.ts';
import { PaymentsCalculation } from './PaymentsCalculation.tsx';
import { useStableHeader } from './stable-header.ts';

type Document = Record<string, unknown> & { items?: GoodsItem[] };

/** Takes the user to a field a message names, once the section or row holding it is shown. */
function focusSoon(path: string, delay: number) {
  setTimeout(() => {
    const element =
      document.getElementById(fieldId(path)) ??
      document.querySelector<HTMLElement>(`[data-path^="${CSS.escape(path)}."]`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, delay);
}

/**
 * The goods declaration editor (issue 6 point 14): the header's boxes in sections and the items
 * grid. Edits go through `setDocument`, replacing only the objects along the edited path.
 */
export function GoodsEditor({
  document: doc,
  setDocument,
  messages,
  readOnly,
  jump,
}: {
  document: Document;
  setDocument: Dispatch<SetStateAction<Document>>;
  messages: MessageIndex;
  readOnly: boolean;
  jump: { path: string; seq: number } | null;
}) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section['id']>('parties');
  const [openItem, setOpenItem] = useState<number | null>(null);
  const [gridJump, setGridJump] = useState<{ row: number; seq: number } | null>(null);
  const jumps = useRef(0);
  const items = doc.items ?? [];
  const header = useStableHeader(doc);
  const closeItem = useCallback(() => setOpenItem(null), []);

  // Boxes 5, 6, 12, 22, 23 and 45 follow the user's edits (issue 19 point 2): the rates are those of the document's date.
  const date = typeof doc.filler === 'object' && doc.filler ? (doc.filler as { date?: unknown }).date : undefined;
  const day = typeof date === 'string' && isIsoDate(date) ? date : almatyToday();
  const rates = useExchangeRates(day).data?.rates;
  const ratesRef = useRef(rates);
  ratesRef.current = rates;
  const edit = useCallback(
    (path: string, change: (current: Document) => Document) =>
      setDocument((current) => withComputedBoxes(change(current), path, ratesRef.current)),
    [setDocument],
  );
  const setValue = useMemo(
    () => (path: string, value: unknown) => edit(path, (current) => withValueAt(current, path, value)),
    [edit],
  );
  const headerEditor = useMemo<EditorState>(
    () => ({ document: header, setValue, messages, readOnly }),
    [header, setValue, messages, readOnly],
  );
  const itemEditor = useMemo<EditorState>(
    () => ({ document: doc, setValue, messages, readOnly }),
    [doc, setValue, messages, readOnly],
  );

  const actions = useMemo<ItemActions>(
    () => ({
      onCell: (index, field, value) => setValue(`items.${index}.${field}`, value),
      onOpen: (index) => setOpenItem(index),
      onDuplicate: (index) =>
        edit('items', (current) => ({ ...current, items: duplicateItem(current.items ?? [], index) })),
      onRemove: (index) => edit('items', (current) => ({ ...current, items: removeItem(current.items ?? [], index) })),
    }),
    [setValue, edit],
  );

  // The rates of a date arrive after it was typed: box 23 follows them once they do (an empty one on opening).
  const ratesDay = useRef<string | null>(null);
  useEffect(() => {
    if (readOnly || !rates || ratesDay.current === day) return;
    const first = ratesDay.current === null;
    ratesDay.current = day;
    edit(first ? firstRates : ratesOfNewDate, (current) => current);
  }, [rates, day, readOnly, edit]);

  useEffect(() => {
    if (!jump) return;
    const { path } = jump;
    const item = itemIndexOf(path);
    if (item !== null) {
      setGridJump({ row: item, seq: ++jumps.current });
      const field = path.split('.')[2];
      const inGrid = field === undefined || gridColumns.some((column) => column.field === field);
      if (!inGrid) setOpenItem(item);
      focusSoon(path, inGrid ? 80 : 400);
      return;
    }
    const target = sectionOf(path);
    if (target) setSection(target);
    focusSoon(path, 80);
  }, [jump]);

  const add = () => {
    edit('items', (current) => ({ ...current, items: addItem(current.items ?? []) }));
    setGridJump({ row: items.length, seq: ++jumps.current });
  };

  return (
    <Stack gap="lg">
      <EditorContext.Provider value={headerEditor}>
        <GoodsHeader section={section} onSection={setSection} />
      </EditorContext.Provider>
      {section === 'payments' && !readOnly && <PaymentsCalculation document={doc} setDocument={setDocument} />}
      <Card withBorder padding="md" id={fieldId('items')} data-path="items">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('declarations.goods.items.title')}
            </Title>
            <Group gap="sm">
              <Text size="sm" c="dimmed" data-testid="items-count">
                {t('declarations.goods.items.count', { count: items.length, max: maxGoodsItems })}
              </Text>
              {!readOnly && (
                <Button size="xs" onClick={add} disabled={items.length >= maxGoodsItems} data-testid="item-add">
                  {t('declarations.goods.items.add')}
                </Button>
              )}
            </Group>
          </Group>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('declarations.goods.items.empty')}
            </Text>
          ) : (
            <ItemsGrid
              date={typeof date === 'string' ? date : undefined}
              items={items}
              messages={messages.byItem}
              actions={actions}
              readOnly={readOnly}
              jump={gridJump}
            />
          )}
        </Stack>
      </Card>
      <EditorContext.Provider value={itemEditor}>
        <ItemForm index={openItem !== null && openItem < items.length ? openItem : null} onClose={closeItem} />
      </EditorContext.Provider>
    </Stack>
  );
}
