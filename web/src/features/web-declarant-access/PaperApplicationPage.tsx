import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { useAction } from '../../data/use-action.ts';
import { almatyToday, printedDate } from '../../dates.ts';
import { ApplicationForm } from './ApplicationForm.tsx';
import { type ApplicationDraft, applicationFields, draftProblems, emptyDraft } from './application-draft.ts';
import { applicationPath, queuePath } from './paths.ts';
import { registerPaper } from './web-declarant-api.ts';

/** An application handed in on paper, entered in the department's journal by the officer (WD-18). */
export function PaperApplicationPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft);
  const register = useAction(() => registerPaper(applicationFields(draft, almatyToday())));
  const { value: received, error: failure, pending: busy } = register;
  const problems = draftProblems(draft);

  return (
    <Stack gap="lg" py="xl" maw={860}>
      <SmallLink to={queuePath}>{t('webDeclarant.application.back')}</SmallLink>
      <Title order={1}>{t('webDeclarant.paper.title')}</Title>
      <Text>{t('webDeclarant.paper.lead')}</Text>
      {received ? (
        <Alert
          color="green"
          title={t('webDeclarant.paper.entered', { number: received.journalNumber, year: received.journalYear })}
          data-testid="wd-paper-entered"
        >
          <Stack gap={4}>
            <Text size="sm">{t('webDeclarant.queue.dueBy', { date: printedDate(received.letterDueOn) })}</Text>
            <Anchor component={Link} to={applicationPath(received.applicationId)}>
              {t('webDeclarant.paper.open')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <>
          <Card withBorder padding="lg">
            <ApplicationForm draft={draft} onChange={setDraft} disabled={busy} />
          </Card>
          {problems.length > 0 && (
            <List size="sm" c="dimmed">
              {problems.map((problem) => (
                <List.Item key={problem}>{t(`webDeclarant.form.problems.${problem}`)}</List.Item>
              ))}
            </List>
          )}
          {failure !== undefined && <ServerRefusalAlert title={t('webDeclarant.paper.refused')} error={failure} />}
          <Group>
            <Button
              onClick={() => void register.run()}
              loading={busy}
              disabled={problems.length > 0}
              data-testid="wd-paper-submit"
            >
              {t('webDeclarant.paper.submit')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
