import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { copyDeclaration, type Declaration, startCorrection } from './declarations-api.ts';
import { XmlDownloadButton } from './interchange/XmlDownloadButton.tsx';
import { editorPath, receiptPath, submitPath } from './paths.ts';
import { PrintMenu } from './print/PrintMenu.tsx';
import { declarationPdfUrl, receiptPdfUrl } from './print/print-urls.ts';
import { declarationKeys } from './query-keys.ts';
import { WithdrawDialog } from './WithdrawDialog.tsx';

/**
 * What the declarant may do with a declaration from its page: edit or read it, its receipt, a
 * withdrawal before release, a correction after it, a copy.
 */
export function DeclarationActions({ declaration, onRefresh }: { declaration: Declaration; onRefresh: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editable =
    declaration.mayEdit &&
    (declaration.allowedActions.includes('submit') || declaration.allowedActions.includes('resubmit'));
  // A copy and a correction are both new drafts, opened at once in the editor.
  const draft = useAction(
    async (made: Promise<{ id: string }>) => navigate(editorPath((await made).id)),
    [declarationKeys.all],
  );
  const copy = () => draft.run(copyDeclaration(declaration.id));
  const correct = () => draft.run(startCorrection(declaration.id));
  const failure = draft.error;
  // The status model says when: registered, in processing or returned for correction (art. 113).
  const withdrawable = declaration.mayEdit && declaration.allowedActions.includes('withdraw');
  const [withdrawing, setWithdrawing] = useState(false);

  return (
    <>
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
        <PrintMenu url={(lang) => declarationPdfUrl(declaration.id, lang)} testId="declaration-print" />
        {declaration.registrationNumber && (
          <PrintMenu
            url={(lang) => receiptPdfUrl(declaration.id, lang)}
            label={t('declarations.print.receipt')}
            testId="receipt-pdf"
          />
        )}
        {withdrawable && (
          <Button variant="light" color="red" onClick={() => setWithdrawing(true)} data-testid="declaration-withdraw">
            {t('declarations.view.withdraw')}
          </Button>
        )}
        {/* КДТ is the goods declaration's correction: other kinds have none */}
        {declaration.kind === 'goods' && declaration.status === 'released' && declaration.mayEdit && (
          <Button variant="light" onClick={() => void correct()} data-testid="declaration-correct">
            {t('declarations.view.correct')}
          </Button>
        )}
        <Button variant="default" onClick={() => void copy()}>
          {t('declarations.list.copy')}
        </Button>
        <XmlDownloadButton id={declaration.id} kind={declaration.kind} />
        <Button variant="subtle" onClick={onRefresh} data-testid="view-refresh">
          {t('declarations.view.refresh')}
        </Button>
      </Group>
      {failure !== undefined && <ServerRefusalAlert title={t('declarations.list.failedAction')} error={failure} />}
      {withdrawable && (
        <WithdrawDialog
          declaration={declaration}
          opened={withdrawing}
          onClose={() => setWithdrawing(false)}
          onWithdrawn={() => setWithdrawing(false)}
        />
      )}
    </>
  );
}
