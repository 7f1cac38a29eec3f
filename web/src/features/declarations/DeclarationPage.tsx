import { Anchor, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../dates.ts';
import { useLoad } from '../../use-load.ts';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { DecisionList } from './DecisionList.tsx';
import { copyDeclaration, fetchDeclaration, startCorrection, type Declaration } from './declarations-api.ts';
import { declarationsPath, editorPath, receiptPath, submitPath } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { Timeline } from './Timeline.tsx';

/** One declaration as the declarant follows it: status, number, decisions and history (issue 6 point 14). */
export function DeclarationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [load, start] = useLoad<Declaration>();
  const [failure, setFailure] = useState<unknown>();
  const reload = useCallback(() => start(fetchDeclaration(id)), [start, id]);
  useEffect(reload, [reload]);

  if (load.state === 'loading') {
    return (
      <Center py="xl">
        <Loader aria-label={t('declarations.loading')} />
      </Center>
    );
  }
  if (load.state === 'failed') return <ServerRefusalAlert title={t('declarations.view.failed')} error={load.error} />;
  const declaration = load.value;
  const editable = declaration.mayEdit && (declaration.allowedActions.includes('submit') || declaration.allowedActions.includes('resubmit'));

  const copy = async () => {
    try {
      navigate(editorPath((await copyDeclaration(declaration.id)).id));
    } catch (error) {
      setFailure(error);
    }
  };
  const correct = async () => {
    try {
      navigate(editorPath((await startCorrection(declaration.id)).id));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="lg" py="xl" data-testid="declaration-page">
      <Stack gap={4}>
        <Anchor component={Link} to={declarationsPath} size="sm">
          {t('declarations.editor.back')}
        </Anchor>
        <Title order={1}>{t(`declarations.kinds.${declaration.kind}`)}</Title>
        <Group gap="xs">
          <StatusBadge status={declaration.status} />
          {declaration.registrationNumber && (
            <Text fw={600} data-testid="declaration-number">
              {declaration.registrationNumber}
            </Text>
          )}
        </Group>
      </Stack>
      <Group>
        {editable && (
          <>
            <Button component={Link} to={editorPath(declaration.id)} data-testid="declaration-edit">
              {t('declarations.view.edit')}
            </Button>
            <Button variant="light" component={Link} to={submitPath(declaration.id)}>
              {t('declarations.editor.toSubmit')}
            </Button>
          </>
        )}
        {!editable && (
          <Button variant="default" component={Link} to={editorPath(declaration.id)}>
            {t('declarations.view.document')}
          </Button>
        )}
        {declaration.registrationNumber && (
          <Button variant="light" component={Link} to={receiptPath(declaration.id)} data-testid="declaration-receipt">
            {t('declarations.view.receipt')}
          </Button>
        )}
        {declaration.status === 'released' && declaration.mayEdit && (
          <Button variant="light" onClick={() => void correct()} data-testid="declaration-correct">
            {t('declarations.view.correct')}
          </Button>
        )}
        <Button variant="default" onClick={() => void copy()}>
          {t('declarations.list.copy')}
        </Button>
        <Button variant="subtle" onClick={reload} data-testid="view-refresh">
          {t('declarations.view.refresh')}
        </Button>
      </Group>
      {failure !== undefined && <ServerRefusalAlert title={t('declarations.list.failedAction')} error={failure} />}
      {declaration.registrationNumber && (
        <Card withBorder padding="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Fact label={t('declarations.receipt.office')} value={declaration.customsOffice ?? ''} />
            <Fact label={t('declarations.receipt.registeredAt')} value={declaration.registeredAt ? printedTime(declaration.registeredAt, i18n.resolvedLanguage) : ''} />
            <Fact label={t('declarations.view.channel')} value={declaration.channel ? t(`declarations.channels.${declaration.channel}`) : '—'} />
          </SimpleGrid>
        </Card>
      )}
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('declarations.decisions.title')}
        </Title>
        <DecisionList decisions={declaration.decisions} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('declarations.timeline.title')}
        </Title>
        <Timeline events={declaration.timeline} />
      </Stack>
      <AttachmentsCard declarationId={declaration.id} attachments={declaration.attachments} editable={false} onChanged={reload} />
    </Stack>
  );
}

export function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}
