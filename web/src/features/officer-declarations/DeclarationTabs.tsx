import { Tabs } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useTranslation } from 'react-i18next';
import { AttachmentsList } from './AttachmentsList.tsx';
import { ControlReportView } from './ControlReportView.tsx';
import { DocumentLinesView } from './DocumentLinesView.tsx';
import { GoodsDocumentView } from './GoodsDocumentView.tsx';
import { isGoodsDocument } from './goods-boxes.ts';
import { HistoryView } from './HistoryView.tsx';
import type { OfficerDeclaration } from './officer-declaration.ts';
import { attachmentUrl } from './officer-declarations-api.ts';
import { SubmissionsTable } from './SubmissionsTable.tsx';

/** What the officer reads of a declaration, a tab each: the signed document, its control report, files, copies and history. */
export function DeclarationTabs({ declaration, reason }: { declaration: OfficerDeclaration; reason: DataReadReason }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="document" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="document" data-testid="tab-document">
          {t('officerDeclarations.tabs.document')}
        </Tabs.Tab>
        <Tabs.Tab value="control" data-testid="tab-control">
          {t('officerDeclarations.tabs.control')}
          {declaration.controlReport &&
          declaration.controlReport.errors.length + declaration.controlReport.warnings.length > 0
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
        {declaration.kind === 'goods' && isGoodsDocument(declaration.document) ? (
          <GoodsDocumentView document={declaration.document} />
        ) : (
          <DocumentLinesView document={declaration.document} />
        )}
      </Tabs.Panel>
      <Tabs.Panel value="control" pt="md">
        <ControlReportView report={declaration.controlReport} />
      </Tabs.Panel>
      <Tabs.Panel value="attachments" pt="md">
        <AttachmentsList
          attachments={declaration.attachments}
          urlOf={(attachment) => attachmentUrl(declaration.registrationNumber, attachment.id, reason)}
        />
      </Tabs.Panel>
      <Tabs.Panel value="submissions" pt="md">
        <SubmissionsTable registrationNumber={declaration.registrationNumber} submissions={declaration.submissions} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <HistoryView timeline={declaration.timeline} decisions={declaration.decisions} />
      </Tabs.Panel>
    </Tabs>
  );
}
