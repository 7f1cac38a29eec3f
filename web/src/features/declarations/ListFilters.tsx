import { Button, Group, Select, TextInput } from '@mantine/core';
import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses } from '@shekara/contracts/declarations/status';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typed } from '../../components/text-binding.ts';

type Filter = 'status' | 'kind' | 'q';

/** The list's filters, kept in the address so a link or a reload shows the same rows. */
export function ListFilters({
  values,
  onFilter,
}: {
  values: Record<Filter, string>;
  onFilter: (name: Filter, value: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(values.q);
  const choice = (name: 'status' | 'kind', label: string, options: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={[{ value: '', label: t('declarations.list.all') }, ...options]}
      value={values[name]}
      onChange={(value) => onFilter(name, value ?? '')}
      allowDeselect={false}
      data-testid={`declarations-filter-${name}`}
    />
  );
  return (
    <Group align="flex-end">
      {choice(
        'status',
        t('declarations.list.status'),
        declarationStatuses.map((s) => ({ value: s, label: t(`declarations.statuses.${s}`) })),
      )}
      {choice(
        'kind',
        t('declarations.list.kind'),
        declarationKinds.map((k) => ({ value: k, label: t(`declarations.kinds.${k}`) })),
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onFilter('q', search.trim());
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('declarations.list.search')}
            placeholder={t('declarations.list.searchHint')}
            {...typed(search, setSearch)}
            maxLength={50}
            data-testid="declarations-search"
          />
          <Button type="submit" variant="light">
            {t('declarations.list.find')}
          </Button>
        </Group>
      </form>
    </Group>
  );
}
