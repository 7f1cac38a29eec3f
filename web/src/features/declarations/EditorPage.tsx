import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { ControlList } from './ControlList.tsx';
import { checkDeclaration, type Declaration } from './declarations-api.ts';
import { type ControlMessage, indexMessages, messagesOfReport } from './findings.ts';
import { KindForm } from './forms/KindForm.tsx';
import { GoodsEditor } from './goods/GoodsEditor.tsx';
import { declarationPath, declarationsPath, submitPath } from './paths.ts';
import { useDeclarationToEdit } from './queries.ts';
import { opensQuiet, useRevealedMessages } from './revealed-messages.ts';
import { SaveConflictAlert, SaveStateBadge } from './SaveStateBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useAutosave } from './use-autosave.ts';
import { type BrowserControl, useBrowserControl } from './use-browser-control.ts';

/** A draft (or a declaration returned for correction) opened for editing. */
export function EditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useDeclarationToEdit(id);
  // A fresh editor for each copy asked of the server (after a conflict, say): it starts from the server's document.
  const [generation, setGeneration] = useState(0);
  const reload = () => void query.refetch().then(() => setGeneration((previous) => previous + 1));
  return (
    <Loaded query={query} loadingLabel={t('declarations.loading')} failedTitle={t('declarations.editor.failed')}>
      {(declaration) => (
        <Editor
          key={`${declaration.id}:${generation}`}
          declaration={declaration}
          onReload={reload}
          onAttachmentsChanged={() => void query.refetch()}
        />
      )}
    </Loaded>
  );
}

function Editor({
  declaration,
  onReload,
  onAttachmentsChanged,
}: {
  declaration: Declaration;
  onReload: () => void;
  onAttachmentsChanged: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editable = declaration.allowedActions.includes('submit') || declaration.allowedActions.includes('resubmit');
  const [document, setDocument] = useState(() => (declaration.document ?? {}) as Record<string, unknown>);
  const [jump, setJump] = useState<{ path: string; seq: number } | null>(null);
  const autosave = useAutosave(declaration.id, document, declaration.revision, editable);
  const control = useBrowserControl(declaration.kind, document);
  const all = useMemo(() => (control.state === 'ready' ? control.messages : []), [control]);
  const [quiet] = useState(() => opensQuiet(declaration.revision, declaration.document));
  const revealed = useRevealedMessages(document, all, quiet);
  const messages = useMemo(() => indexMessages(revealed.shown), [revealed.shown]);
  const shownControl = useMemo<BrowserControl>(
    () => (control.state === 'ready' ? { state: 'ready', messages: revealed.shown } : control),
    [control, revealed.shown],
  );
  const heldErrors = all.filter((m) => m.severity === 'error').length - messages.errors;
  const held = useMemo(
    () => ({ errors: heldErrors, warnings: revealed.held - heldErrors }),
    [heldErrors, revealed.held],
  );
  const onJump = useCallback((path: string) => setJump((previous) => ({ path, seq: (previous?.seq ?? 0) + 1 })), []);
  const [serverCheck, setServerCheck] = useState<
    { state: 'checking' } | { state: 'done'; messages: ControlMessage[] } | { state: 'failed'; error: unknown } | null
  >(null);

  // The server's control is the authoritative one (WD-9): asked for the saved copy, it also keeps the report with the document.
  const checkOnServer = async () => {
    revealed.reveal();
    setServerCheck({ state: 'checking' });
    try {
      if (!(await autosave.saveNow())) throw autosave.error;
      setServerCheck({ state: 'done', messages: messagesOfReport(await checkDeclaration(declaration.id)) });
    } catch (error) {
      setServerCheck({ state: 'failed', error });
    }
  };

  // Signing reads the server's copy: it must be the one on the screen (issue 19 point 3).
  const toSubmit = async () => {
    if (await autosave.saveNow()) navigate(submitPath(declaration.id));
  };

  return (
    <Stack gap="lg" py="xl" data-testid="declaration-editor" data-kind={declaration.kind}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <SmallLink to={declarationsPath}>{t('declarations.editor.back')}</SmallLink>
          <Title order={1} data-testid="editor-title">
            {t(`declarations.kinds.${declaration.kind}`)}
          </Title>
          <Group gap="xs">
            <StatusBadge status={declaration.status} />
            {declaration.registrationNumber && <Text size="sm">{declaration.registrationNumber}</Text>}
            {editable && <SaveStateBadge state={autosave.state} />}
          </Group>
        </Stack>
        <Group>
          <Button variant="default" component={Link} to={declarationPath(declaration.id)}>
            {t('declarations.editor.view')}
          </Button>
          {editable && (
            <Button
              onClick={() => void toSubmit()}
              disabled={autosave.state === 'conflict' || messages.errors + held.errors > 0 || control.state !== 'ready'}
              data-testid="editor-to-submit"
            >
              {t('declarations.editor.toSubmit')}
            </Button>
          )}
        </Group>
      </Group>
      {!editable && <Alert color="gray">{t('declarations.editor.readOnly')}</Alert>}
      {autosave.state === 'conflict' && <SaveConflictAlert error={autosave.error} onReload={onReload} />}
      {autosave.state === 'failed' && (
        <ServerRefusalAlert title={t('declarations.save.failedTitle')} error={autosave.error} />
      )}
      <ControlList control={shownControl} onJump={onJump} held={held} onReveal={revealed.reveal} />
      {editable && (
        <Group gap="sm">
          <Button
            variant="default"
            size="xs"
            onClick={() => void checkOnServer()}
            loading={serverCheck?.state === 'checking'}
            data-testid="editor-check"
          >
            {t('declarations.editor.checkOnServer')}
          </Button>
          {serverCheck?.state === 'done' && (
            <Text
              size="sm"
              c={serverCheck.messages.some((m) => m.severity === 'error') ? 'red' : 'teal'}
              data-testid="editor-check-result"
              data-errors={serverCheck.messages.filter((m) => m.severity === 'error').length}
            >
              {t('declarations.editor.serverResult', {
                errors: serverCheck.messages.filter((m) => m.severity === 'error').length,
                warnings: serverCheck.messages.filter((m) => m.severity === 'warning').length,
              })}
            </Text>
          )}
        </Group>
      )}
      {serverCheck?.state === 'failed' && (
        <ServerRefusalAlert title={t('declarations.editor.checkFailed')} error={serverCheck.error} />
      )}
      {declaration.kind === 'goods' ? (
        <GoodsEditor
          document={document}
          setDocument={setDocument}
          messages={messages}
          readOnly={!editable}
          jump={jump}
        />
      ) : (
        <KindForm
          kind={declaration.kind}
          document={document}
          setDocument={setDocument}
          messages={messages}
          readOnly={!editable}
          jump={jump}
          attachments={declaration.attachments ?? []}
        />
      )}
      <AttachmentsCard
        declarationId={declaration.id}
        attachments={declaration.attachments ?? []}
        editable={editable}
        onChanged={onAttachmentsChanged}
      />
    </Stack>
  );
}
