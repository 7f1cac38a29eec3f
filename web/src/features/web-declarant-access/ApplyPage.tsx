import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { almatyToday, printedDate } from '../../dates.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import { ApplicationForm } from './ApplicationForm.tsx';
import { type ApplicationDraft, applicationFields, draftProblems, emptyDraft } from './application-draft.ts';
import { canonicalJson } from './canonical-json.ts';
import { blankFormUrl } from './paths.ts';
import { fileOnline } from './web-declarant-api.ts';

/**
 * The application for Web-declarant access (WD-17, WD-35) filled online and signed with the
 * signing key (the head's for an organisation, or the individual's), or the blank form to print.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft);
  const sender = useAction(async () => {
    const fields = applicationFields(draft, almatyToday());
    const signature = await signer.signCms({
      data: new TextEncoder().encode(canonicalJson(fields)),
      detached: false,
      purpose: 'sign',
    });
    return fileOnline(fields, signature);
  });
  const { value: received, error: failure, pending: busy } = sender;
  const problems = draftProblems(draft);

  if (received) {
    return (
      <Stack gap="lg" py="xl" maw={760}>
        <Title order={1}>{t('webDeclarant.apply.title')}</Title>
        <Alert color="green" title={t('webDeclarant.apply.receivedTitle')} data-testid="wd-received">
          <Text>
            {t('webDeclarant.apply.received', {
              number: received.journalNumber,
              year: received.journalYear,
              body: received.bodyCode,
              date: printedDate(received.letterDueOn),
            })}
          </Text>
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" py="xl" maw={860}>
      <Stack gap="xs">
        <Title order={1} data-testid="wd-apply-title">
          {t('webDeclarant.apply.title')}
        </Title>
        <Text>{t('webDeclarant.apply.lead')}</Text>
        <Group gap="xs">
          <Text size="sm">{t('webDeclarant.apply.blankForm')}</Text>
          {(['kk', 'ru', 'en'] as const).map((language) => (
            <Anchor
              key={language}
              href={blankFormUrl(language)}
              target="_blank"
              size="sm"
              data-testid={`wd-blank-${language}`}
            >
              {t(`language.${language}`)}
            </Anchor>
          ))}
        </Group>
      </Stack>
      <Card withBorder padding="lg">
        <ApplicationForm draft={draft} onChange={setDraft} disabled={busy} />
      </Card>
      <SignerPanel />
      {problems.length > 0 && (
        <List size="sm" c="dimmed" data-testid="wd-problems">
          {problems.map((problem) => (
            <List.Item key={problem}>{t(`webDeclarant.form.problems.${problem}`)}</List.Item>
          ))}
        </List>
      )}
      {failure !== undefined &&
        (isSigningError(failure) ? (
          <SigningErrorAlert error={failure} />
        ) : (
          <ServerRefusalAlert title={t('webDeclarant.apply.refused')} error={failure} />
        ))}
      <Group>
        <Button
          onClick={() => void sender.run()}
          loading={busy}
          disabled={problems.length > 0}
          data-testid="wd-sign-and-send"
        >
          {t('webDeclarant.apply.signAndSend')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('webDeclarant.apply.signHint')}
        </Text>
      </Group>
    </Stack>
  );
}
