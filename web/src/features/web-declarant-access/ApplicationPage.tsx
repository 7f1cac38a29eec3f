import { Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { TitleBar } from '../../components/TitleBar.tsx';
import { useAction } from '../../data/use-action.ts';
import { ApplicationDecision } from './ApplicationDecision.tsx';
import { ApplicationFacts } from './ApplicationFacts.tsx';
import { ApplicationOutcome } from './ApplicationOutcome.tsx';
import { queuePath } from './paths.ts';
import { useApplication, webDeclarantKeys } from './queries.ts';
import { StatusBadges } from './StatusBadges.tsx';
import { issueLogin, rejectApplication } from './web-declarant-api.ts';

/**
 * One application: its Annex 1 fields, issuing the login (WD-20) or refusing with a reason, and
 * the letter to download and print.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApplication(id);
  const application = query.data ?? null;
  const action = useAction((work: () => Promise<unknown>) => work(), [webDeclarantKeys.all]);
  const busy = action.pending;
  const failure = action.error;
  const [issuedLogin, setIssuedLogin] = useState<string | null>(null);

  const act = (work: () => Promise<unknown>) => action.run(work);

  if (!application) {
    return (
      <Stack py="xl">
        {query.error ? (
          <ServerRefusalAlert title={t('webDeclarant.application.failed')} error={query.error} />
        ) : (
          <Loader />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <SmallLink to={queuePath}>{t('webDeclarant.application.back')}</SmallLink>
      <TitleBar
        title={t('webDeclarant.application.title', {
          number: application.journalNumber,
          year: application.journalYear,
          body: application.bodyCode,
        })}
        testId="wd-application-title"
      >
        <StatusBadges application={application} />
      </TitleBar>
      <ApplicationFacts application={application} />
      {failure !== undefined && <ServerRefusalAlert title={t('webDeclarant.application.refused')} error={failure} />}
      {application.status === 'received' && (
        <ApplicationDecision
          application={application}
          busy={busy}
          onIssue={() => act(async () => setIssuedLogin((await issueLogin(application.id)).logins.join(', ')))}
          onReject={(reason) => act(() => rejectApplication(application.id, reason))}
        />
      )}
      {application.status !== 'received' && <ApplicationOutcome application={application} issuedLogin={issuedLogin} />}
    </Stack>
  );
}
