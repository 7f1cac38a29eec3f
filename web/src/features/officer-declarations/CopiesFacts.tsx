import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { printedTime } from '../../dates.ts';
import { verifyPath } from '../declarations/paths.ts';
import { digestCell } from './digest-cell.ts';
import type { SignedCopy } from './officer-declaration.ts';

/**
 * The two copies' proofs side by side (issue 19 point 5): each one's registration number and copy
 * number, when it was delivered (its receipt's time), to which office, who signed it, the SHA-256
 * of the bytes signed — the hash its receipt carries, with the public check of it — and of the
 * signature itself.
 */
export function CopiesFacts({ earlier, later }: { earlier: SignedCopy; later: SignedCopy }) {
  const { t, i18n } = useTranslation();
  const facts: [key: string, label: string, value: (copy: SignedCopy) => ReactNode, digest?: boolean][] = [
    ['number', t('officerDeclarations.comparison.facts.number'), (copy) => copy.registrationNumber],
    ['copy', t('officerDeclarations.comparison.facts.copy'), (copy) => copy.copy],
    [
      'submitted',
      t('officerDeclarations.comparison.facts.submitted'),
      (copy) => printedTime(copy.submittedAt, i18n.resolvedLanguage),
    ],
    ['office', t('officerDeclarations.comparison.facts.office'), (copy) => copy.customsOffice],
    [
      'signer',
      t('officerDeclarations.comparison.facts.signer'),
      (copy) => [copy.signerIin, copy.signerBin, copy.certificateSerial].filter(Boolean).join(' · '),
    ],
    ['document-sha256', t('officerDeclarations.comparison.facts.documentSha256'), (copy) => copy.documentSha256, true],
    [
      'signature-sha256',
      t('officerDeclarations.comparison.facts.signatureSha256'),
      (copy) => copy.signatureSha256,
      true,
    ],
    [
      'receipt',
      t('officerDeclarations.comparison.facts.receipt'),
      (copy) => (
        <Anchor href={`${verifyPath(copy.registrationNumber)}?hash=${copy.documentSha256}`} target="_blank" size="sm">
          {t('officerDeclarations.comparison.facts.checkReceipt')}
        </Anchor>
      ),
    ],
  ];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder variant="vertical" data-testid="copies-facts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t('officerDeclarations.comparison.facts.heading')}</Table.Th>
            <Table.Th>{t('officerDeclarations.comparison.copy', { copy: earlier.copy })}</Table.Th>
            <Table.Th>{t('officerDeclarations.comparison.copy', { copy: later.copy })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facts.map(([key, label, value, digest]) => (
            <Table.Tr key={key}>
              <Table.Th>{label}</Table.Th>
              {(['earlier', 'later'] as const).map((side) => (
                <Table.Td
                  key={side}
                  {...(digest ? digestCell : { style: { wordBreak: 'break-word' } })}
                  data-testid={`copy-${side}-${key}`}
                >
                  {value(side === 'earlier' ? earlier : later)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
