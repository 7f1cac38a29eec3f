import { Alert, Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../dates.ts';
import { useLoad } from '../../use-load.ts';
import { AttachmentsList } from './AttachmentsList.tsx';
import { ChannelBadge, StatusBadge } from './Badges.tsx';
import { ControlReportView } from './ControlReportView.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { DocumentLinesView } from './DocumentLinesView.tsx';
import { isGoodsDocument } from './goods-boxes.ts';
import { GoodsDocumentView } from './GoodsDocumentView.tsx';
import { HistoryView } from './HistoryView.tsx';
import type { OfficerDeclaration } from './officer-declaration.ts';
import { attachmentUrl, fetchDeclaration } from './officer-declarations-api.ts';
import { inboxPath } from './paths.ts';
import { SubmissionsTable } from './SubmissionsTable.tsx';

/** One declaration as the officer reviews it (issue 6 points 7, 8): the signed document, its control report, files, copies and history. */
export function DeclarationPage() {
  const { t, i18n } = useTranslation();
  const { number = '' } = useParams();
  const [load, start] = useLoad<OfficerDeclaration>();
  const [deciding, setDeciding] = useState(false);
  const [decided, setDecided] = useState(false);

  const refresh = useCallback(() => start(fetchDeclaration(number)), [start, number]);
  useEffect(refresh, [refresh]);

  if (load.state === 'loading') return <Loader my="xl" aria-label={t('officerDeclarations.document.loading')} />;
  if (load.state === 'failed') {
    return (
      <Stack gap="lg" py="xl">
        <ServerRefusalAlert title={t('officerDeclarations.document.failed')} error={load.error} />
        <Anchor component={Link} to={inboxPath}>
          {t('officerDeclarations.document.back')}
        </Anchor>
      </Stack>
    );
  }

  const declaration = load.value;
  const facts: [string, string][] = [
    ['kind', t(`officerDeclarations.kind.${declaration.kind}`)],
    ['office', declaration.customsOffice],
    ['registered', printedTime(declaration.registeredAt, i18n.resolvedLanguage)],
    ['declarant', declaration.declarantIinBin ?? ''],
  ];

  return (
    <Stack gap="lg" py="xl">
      <Anchor component={Link} to={inboxPath} size="sm">
        {t('officerDeclarations.document.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('officerDeclarations.document.number')}
          </Text>
          <Title order={1} ff="monospace" data-testid="declaration-number">
            {declaration.registrationNumber}
          </Title>
          <Group gap="xs">
            <StatusBadge status={declaration.status} />
            <ChannelBadge channel={declaration.channel} />
          </Group>
        </Stack>
        {declaration.allowedDecisions.length > 0 && (
          <Button size="md" onClick={() => setDeciding(true)} data-testid="declaration-decide">
            {t('officerDeclarations.document.decide')}
          </Button>
        )}
      </Group>
      {declaration.access === 'border_release' && (
        <Alert color="blue" title={t('officerDeclarations.document.borderRelease')} data-testid="border-release-note">
          {t('officerDeclarations.document.borderReleaseText', { office: declaration.customsOffice })}
        </Alert>
      )}
      {decided && (
        <Alert color="green" title={t('officerDeclarations.decide.done')} withCloseButton onClose={() => setDecided(false)} data-testid="decision-done" />
      )}
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {facts.map(([key, value]) => (
            <Stack key={key} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`officerDeclarations.document.facts.${key}`)}
              </Text>
              <Text data-testid={`declaration-${key}`}>{value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Card>
      <Tabs defaultValue="document" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="document" data-testid="tab-document">
            {t('officerDeclarations.tabs.document')}
          </Tabs.Tab>
          <Tabs.Tab value="control" data-testid="tab-control">
            {t('officerDeclarations.tabs.control')}
            {declaration.controlReport && declaration.controlReport.errors.length + declaration.controlReport.warnings.length > 0
              ? ` (${declaration.controlReport.errors.length + declaration.controlReport.warnings.length})`
              : ''}
          </Tabs.Tab>
          <Tabs.Tab value="attachments" data-testid="tab-attachments">
            {t('officerDeclarations.tabs.attachments')} ({declaration.attachments.length})
          </Tabs.Tab>
          <Tabs.Tab value="submissions" data-testid="tab-submissions">
            {t('officerDeclarations.tabs.submissions')} ({declaration.submissions.length})
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('officerDeclarations.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="document" pt="md">
          {declaration.kind === 'goods' && isGoodsDocument(declaration.document) ? <GoodsDocumentView document={declaration.document} /> : <DocumentLinesView document={declaration.document} />}
        </Tabs.Panel>
        <Tabs.Panel value="control" pt="md">
          <ControlReportView report={declaration.controlReport} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          <AttachmentsList attachments={declaration.attachments} urlOf={(attachment) => attachmentUrl(declaration.registrationNumber, attachment.id)} />
        </Tabs.Panel>
        <Tabs.Panel value="submissions" pt="md">
          <SubmissionsTable submissions={declaration.submissions} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryView timeline={declaration.timeline} decisions={declaration.decisions} />
        </Tabs.Panel>
      </Tabs>
      <DecisionDialog
        declaration={declaration}
        opened={deciding}
        onClose={() => setDeciding(false)}
        onDecided={() => {
          setDeciding(false);
          setDecided(true);
          refresh();
        }}
      />
    </Stack>
  );
}
