import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { valueAt } from '../document-paths.ts';
import { useEditor } from '../editor-context.ts';
import { CheckField, ChoiceField, DateField, NumberField, TextField } from '../Fields.tsx';
import { PickerField } from '../pick/PickerField.tsx';
import { type FieldLayout, goodsHeaderSections, type Section } from './header-layout.ts';

/**
 * The header boxes of the goods declaration, section by section (issue 6 point 14). Memoised:
 * typing in the items grid leaves its context (the header without the items) unchanged, so the
 * header's fields are not rendered again for a keystroke in a cell.
 */
export const GoodsHeader = memo(function GoodsHeader({
  section,
  onSection,
}: {
  section: Section['id'];
  onSection: (section: Section['id']) => void;
}) {
  const { t } = useTranslation();
  const { messages } = useEditor();
  return (
    <Tabs
      value={section}
      onChange={(value) => value && onSection(value as Section['id'])}
      keepMounted
      data-testid="goods-header"
    >
      <Tabs.List>
        {goodsHeaderSections.map((s) => {
          const flagged = [...messages.byPath.keys()].some((path) =>
            sectionPaths(s).some((prefix) => path === prefix || path.startsWith(`${prefix}.`)),
          );
          return (
            <Tabs.Tab
              key={s.id}
              value={s.id}
              color={flagged ? 'red' : undefined}
              data-testid={`section-${s.id}`}
              data-flagged={flagged}
            >
              {t(`declarations.goods.sections.${s.id}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {goodsHeaderSections.map((s) => (
        <Tabs.Panel key={s.id} value={s.id} pt="md">
          <Stack gap="md">
            {s.groups.map((group) => (
              <Card key={group.title} withBorder padding="md">
                <Title order={3} size="h5" mb="sm">
                  {t(`declarations.goods.groups.${group.title}`)}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                  {group.fields.map((field) => (
                    <Field key={field.path} field={field} />
                  ))}
                </SimpleGrid>
              </Card>
            ))}
            {s.list && (
              <ListSection
                path={s.list.path}
                fields={s.list.fields}
                titleKey={`declarations.goods.lists.${s.list.path}`}
              />
            )}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
});

function sectionPaths(section: Section): string[] {
  return [...section.groups.flatMap((g) => g.fields.map((f) => f.path)), ...(section.list ? [section.list.path] : [])];
}

export function Field({ field, path = field.path }: { field: FieldLayout; path?: string }) {
  const { t } = useTranslation();
  const label = `declarations.goods.fields.${field.label}`;
  switch (field.kind) {
    case 'number':
      return <NumberField path={path} label={label} />;
    case 'integer':
      return <NumberField path={path} label={label} integer />;
    case 'date':
      return <DateField path={path} label={label} />;
    case 'check':
      return <CheckField path={path} label={label} />;
    case 'direction':
      return (
        <ChoiceField
          path={path}
          label={label}
          options={[
            { value: 'IM', label: t('declarations.goods.direction.IM') },
            { value: 'EK', label: t('declarations.goods.direction.EK') },
          ]}
        />
      );
    case 'code':
      return field.picker ? (
        <PickerField path={path} label={label} picker={field.picker} maxLength={field.maxLength} />
      ) : (
        <TextField path={path} label={label} maxLength={field.maxLength} />
      );
    default:
      return <TextField path={path} label={label} maxLength={field.maxLength} />;
  }
}

/** A list of boxes (documents of box 44, payment documents of box B, payments of box 47): rows added and removed. */
export function ListSection({
  path,
  fields,
  titleKey,
}: {
  path: string;
  fields: readonly FieldLayout[];
  titleKey: string;
}) {
  const { t } = useTranslation();
  const { document, setValue, readOnly } = useEditor();
  const rows = valueAt(document, path);
  const entries = Array.isArray(rows) ? rows : [];
  return (
    <Card withBorder padding="md" data-testid={`list-${path}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t(titleKey)}
        </Title>
        {entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('declarations.goods.lists.empty')}
          </Text>
        )}
        {entries.map((_, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" data-testid={`list-${path}-row`}>
            <SimpleGrid cols={{ base: 1, sm: fields.length }} style={{ flex: 1 }}>
              {fields.map((field) => (
                <Field key={field.path} field={field} path={`${path}.${index}.${field.path}`} />
              ))}
            </SimpleGrid>
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('declarations.goods.lists.remove')}
                onClick={() =>
                  setValue(path, entries.length === 1 ? undefined : entries.filter((__, i) => i !== index))
                }
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setValue(path, [...entries, {}])}
              data-testid={`list-${path}-add`}
            >
              {t('declarations.goods.lists.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
