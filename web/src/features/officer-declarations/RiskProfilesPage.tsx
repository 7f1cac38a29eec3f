import { Badge, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { ChannelBadge } from './Badges.tsx';
import { officerKeys, useRiskProfiles } from './queries.ts';
import { RiskProfileEditor } from './RiskProfileEditor.tsx';
import type { RiskProfile } from './risk-profile-form.ts';

/** The administrator's risk profiles (ACC-17, issue 6 point 9), highest priority first, each opened in the editor. */
export function RiskProfilesPage() {
  const { t } = useTranslation();
  const profiles = useRiskProfiles();
  const load = loadOf(profiles);
  const client = useQueryClient();
  const [editing, setEditing] = useState<{ profile: RiskProfile | null } | null>(null);

  const conditions = (profile: RiskProfile) => {
    const c = profile.conditions;
    return [
      c.hsPrefixes && t('officerDeclarations.risk.summary.hsPrefixes', { codes: c.hsPrefixes.join(', ') }),
      c.originCountries &&
        t('officerDeclarations.risk.summary.originCountries', { codes: c.originCountries.join(', ') }),
      c.minCustomsValue !== undefined &&
        t('officerDeclarations.risk.summary.minCustomsValue', { value: c.minCustomsValue }),
      c.maxPriorDeclarations !== undefined &&
        t('officerDeclarations.risk.summary.maxPriorDeclarations', { count: c.maxPriorDeclarations }),
      c.kinds &&
        t('officerDeclarations.risk.summary.kinds', {
          kinds: c.kinds.map((kind) => t(`officerDeclarations.kind.${kind}`)).join(', '),
        }),
    ].filter((line): line is string => typeof line === 'string');
  };

  const columns: Column<RiskProfile>[] = [
    {
      key: 'name',
      header: t('officerDeclarations.risk.fields.name'),
      cell: (profile) => (
        <Button variant="subtle" px={0} onClick={() => setEditing({ profile })} data-testid="risk-profile-edit">
          {profile.name}
        </Button>
      ),
    },
    {
      key: 'channel',
      header: t('officerDeclarations.risk.fields.channel'),
      cell: (profile) => <ChannelBadge channel={profile.channel} />,
    },
    { key: 'priority', header: t('officerDeclarations.risk.fields.priority'), cell: (profile) => profile.priority },
    {
      key: 'conditions',
      header: t('officerDeclarations.risk.conditions'),
      cell: (profile) =>
        conditions(profile).map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        )),
    },
    {
      key: 'validity',
      header: t('officerDeclarations.risk.validity'),
      cell: (profile) =>
        t('officerDeclarations.risk.validRange', {
          from: printedDate(profile.validFrom),
          to: profile.validTo ? printedDate(profile.validTo) : '…',
        }),
    },
    {
      key: 'active',
      header: t('officerDeclarations.risk.fields.active'),
      cell: (profile) => (
        <Badge variant="light" color={profile.active ? 'green' : 'gray'}>
          {t(profile.active ? 'officerDeclarations.risk.on' : 'officerDeclarations.risk.off')}
        </Badge>
      ),
    },
  ];

  const row = (profile: RiskProfile) => ({
    key: profile.id,
    'data-testid': 'risk-profile-row',
    'data-name': profile.name,
  });
  const texts = { failed: t('officerDeclarations.risk.failed'), empty: t('officerDeclarations.risk.empty') };

  return (
    <Page title={t('officerDeclarations.risk.title')} lead={t('officerDeclarations.risk.lead')} testId="risk-title">
      <Group justify="flex-end">
        <RefreshButton query={profiles}>{t('officerDeclarations.risk.refresh')}</RefreshButton>
        <Button onClick={() => setEditing({ profile: null })} data-testid="risk-new">
          {t('officerDeclarations.risk.new')}
        </Button>
      </Group>
      <QueueTable load={load} columns={columns} row={row} texts={texts} minWidth={900} testId="risk-profiles" />
      <RiskProfileEditor
        profile={editing?.profile ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void client.invalidateQueries({ queryKey: officerKeys.riskProfiles });
        }}
      />
    </Page>
  );
}
