import { Badge, Card, Group, Loader, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CustomsOffice, customsOfficeKinds } from './customs-offices-api.ts';
import { useAcceptedDocumentKinds, useCustomsOffices, useRegions } from './queries.ts';

/** Customs offices with filters (issue 5 point 9): a table on a wide screen, cards on a phone. */
export function CustomsOfficesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [region, setRegion] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [documentKind, setDocumentKind] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [q] = useDebouncedValue(typed.trim(), 300);

  const regions = loadOf(useRegions());
  const documentKinds = loadOf(useAcceptedDocumentKinds());
  const offices = loadOf(
    useCustomsOffices({
      region: region ?? undefined,
      kind: kind ?? undefined,
      documentKind: documentKind ?? undefined,
      q: q || undefined,
    }),
  );

  const regionName = (code: string) =>
    (regions.state === 'ready' ? regions.value.find((r) => r.code === code)?.name[language] : undefined) ?? code;
  const documentName = (code: string) =>
    (documentKinds.state === 'ready' ? documentKinds.value.find((d) => d.code === code)?.name[language] : undefined) ??
    code;

  // A filter left empty does not narrow the list.
  const anyOf = (value: string | null, onChange: (value: string | null) => void) => ({
    placeholder: t('reference.offices.any'),
    clearable: true,
    value,
    onChange,
  });

  return (
    <Page title={t('reference.offices.title')} lead={t('reference.offices.lead')} testId="offices-title">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Select
          label={t('reference.offices.region')}
          data={regions.state === 'ready' ? regions.value.map((r) => ({ value: r.code, label: r.name[language] })) : []}
          {...anyOf(region, setRegion)}
          searchable
          data-testid="offices-region"
        />
        <Select
          label={t('reference.offices.kind')}
          data={customsOfficeKinds.map((k) => ({ value: k, label: t(`reference.offices.kinds.${k}`) }))}
          {...anyOf(kind, setKind)}
          data-testid="offices-kind"
        />
        <Select
          label={t('reference.offices.documentKind')}
          data={
            documentKinds.state === 'ready'
              ? documentKinds.value.map((d) => ({ value: d.code, label: d.name[language] }))
              : []
          }
          disabled={documentKinds.state !== 'ready'}
          {...anyOf(documentKind, setDocumentKind)}
          searchable
          data-testid="offices-document-kind"
        />
        <SearchBox
          label={t('reference.offices.search')}
          value={typed}
          onSearch={setTyped}
          data-testid="offices-search"
        />
      </SimpleGrid>
      {regions.state === 'failed' && (
        <ServerRefusalAlert title={t('reference.offices.regionsFailed')} error={regions.error} />
      )}
      {offices.state === 'loading' && <Loader size="sm" />}
      {offices.state === 'failed' && <ServerRefusalAlert title={t('reference.offices.failed')} error={offices.error} />}
      {offices.state === 'ready' && offices.value.length === 0 && (
        <Text c="dimmed">{t('reference.offices.empty')}</Text>
      )}
      {offices.state === 'ready' && offices.value.length > 0 && (
        <Stack gap="sm" data-testid="offices" data-count={offices.value.length}>
          <Text size="sm" c="dimmed">
            {t('reference.offices.found', { number: offices.value.length })}
          </Text>
          <OfficesTable offices={offices.value} regionName={regionName} documentName={documentName} />
          <OfficeCards offices={offices.value} regionName={regionName} documentName={documentName} />
        </Stack>
      )}
    </Page>
  );
}

interface OfficesProps {
  offices: readonly CustomsOffice[];
  regionName: (code: string) => string;
  documentName: (code: string) => string;
}

function OfficesTable({ offices, regionName, documentName }: OfficesProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table striped visibleFrom="sm" data-testid="offices-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reference.offices.columns.code')}</Table.Th>
          <Table.Th>{t('reference.offices.columns.name')}</Table.Th>
          <Table.Th>{t('reference.offices.columns.region')}</Table.Th>
          <Table.Th>{t('reference.offices.columns.address')}</Table.Th>
          <Table.Th>{t('reference.offices.columns.documents')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offices.map((office) => (
          <Table.Tr key={office.code} data-testid="office-row" data-code={office.code} data-kind={office.kind}>
            <Table.Td ff="monospace">{office.code}</Table.Td>
            <Table.Td>
              <Text size="sm">{office.name[language]}</Text>
              <Text size="xs" c="dimmed">
                {t(`reference.offices.kinds.${office.kind}`)}
                {office.parentCode ? ` · ${t('reference.offices.parent', { code: office.parentCode })}` : ''}
              </Text>
            </Table.Td>
            <Table.Td>{regionName(office.regionCode)}</Table.Td>
            <Table.Td>{office.address}</Table.Td>
            <Table.Td>
              <DocumentBadges codes={office.acceptsDocumentKinds} nameOf={documentName} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone each office is a card: a table's five columns do not fit. */
function OfficeCards({ offices, regionName, documentName }: OfficesProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="sm" hiddenFrom="sm" data-testid="offices-cards">
      {offices.map((office) => (
        <Card
          key={office.code}
          withBorder
          padding="sm"
          data-testid="office-card"
          data-code={office.code}
          data-kind={office.kind}
        >
          <Stack gap={4}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text ff="monospace" fw={700}>
                {office.code}
              </Text>
              <Badge variant="light" size="sm">
                {t(`reference.offices.kinds.${office.kind}`)}
              </Badge>
            </Group>
            <Text size="sm" fw={600}>
              {office.name[language]}
            </Text>
            <Text size="sm">{regionName(office.regionCode)}</Text>
            <Text size="sm" c="dimmed">
              {office.address}
            </Text>
            {office.acceptsDocumentKinds.length > 0 && (
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {t('reference.offices.accepts')}
                </Text>
                <DocumentBadges codes={office.acceptsDocumentKinds} nameOf={documentName} />
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * The kinds of documents some office accepts, named from the document-kinds classifier: the filter
 * offers only those, since the classifier also lists supporting documents no office receives.
 */
function DocumentBadges({ codes, nameOf }: { codes: string[]; nameOf: (code: string) => string }) {
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge key={code} variant="outline" size="sm" tt="none" data-code={code}>
          {nameOf(code)}
        </Badge>
      ))}
    </Group>
  );
}
