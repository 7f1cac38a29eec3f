import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { SmallLink } from '../../components/SmallLink.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { StatusBadge } from './Badges.tsx';
import { ComparedItems } from './ComparedItems.tsx';
import { ComparedValuesTable } from './ComparedValuesTable.tsx';
import { CopiesFacts } from './CopiesFacts.tsx';
import { changeCount, compareCopies } from './copy-comparison.ts';
import type { CopyComparisonAnswer, SignedCopy } from './officer-declaration.ts';
import { declarationPath } from './paths.ts';
import { useCopyComparison } from './queries.ts';
import { useBoxPrinters } from './use-box-printers.ts';

/**
 * A resubmitted copy beside the copy before it (issue 19 point 5): both as the declarant signed
 * them, by their boxes, what changed coloured and named, with each copy's receipt and digests —
 * the declarant's data, opened for a stated reason (ACC-7).
 */
export function ComparisonPage() {
  return <ReadReasonGate>{(reason) => <ComparisonView reason={reason} />}</ReadReasonGate>;
}

function ComparisonView({ reason }: { reason: DataReadReason }) {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const copy = Number(search.get('copy')) || undefined;
  const query = useCopyComparison(number, copy, reason);
  return (
    <Stack gap="lg" py="xl" data-testid="comparison-page">
      <SmallLink to={declarationPath(number)}>{t('officerDeclarations.comparison.back')}</SmallLink>
      <Loaded
        query={query}
        loadingLabel={t('officerDeclarations.comparison.loading')}
        failedTitle={t('officerDeclarations.comparison.failed')}
      >
        {(answer) => <Comparison answer={answer} />}
      </Loaded>
    </Stack>
  );
}

function Comparison({ answer }: { answer: CopyComparisonAnswer }) {
  const { t } = useTranslation();
  const { earlier, later } = answer;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} data-testid="comparison-title">
          {earlier
            ? t('officerDeclarations.comparison.title', { earlier: earlier.copy, later: later.copy })
            : t('officerDeclarations.comparison.titleFirst')}
        </Title>
        <Group gap="xs">
          <Text ff="monospace" fw={600}>
            {answer.registrationNumber}
          </Text>
          <StatusBadge status={answer.status} />
        </Group>
        <Text c="dimmed">{t('officerDeclarations.comparison.lead')}</Text>
      </Stack>
      {earlier ? (
        <Compared earlier={earlier} later={later} />
      ) : (
        <Alert color="blue" data-testid="comparison-first-copy">
          {t('officerDeclarations.comparison.firstCopy')}
        </Alert>
      )}
    </Stack>
  );
}

function Compared({ earlier, later }: { earlier: SignedCopy; later: SignedCopy }) {
  const { t } = useTranslation();
  const printers = useBoxPrinters();
  const comparison = useMemo(
    () => compareCopies(earlier.document, later.document, printers),
    [earlier, later, printers],
  );
  const changed = changeCount(comparison);
  const copies = { earlier: earlier.copy, later: later.copy };
  return (
    <>
      <CopiesFacts earlier={earlier} later={later} />
      <Alert
        color={changed.boxes + changed.items > 0 ? 'yellow' : 'gray'}
        data-testid="comparison-summary"
        data-boxes={changed.boxes}
        data-items={changed.items}
      >
        {changed.boxes + changed.items > 0
          ? t('officerDeclarations.comparison.summary', { boxes: changed.boxes, items: changed.items })
          : t('officerDeclarations.comparison.noChanges')}
      </Alert>
      {comparison.layout === 'goods' ? (
        <>
          <Title order={2} size="h4">
            {t('officerDeclarations.goods.header')}
          </Title>
          <ComparedValuesTable
            rows={comparison.header.map((box) => ({
              key: box.field,
              box: box.box,
              label: t(`officerDeclarations.boxes.${box.field}`),
              value: box,
            }))}
            copies={copies}
            testId="compared-header"
          />
          <Title order={2} size="h4">
            {t('officerDeclarations.comparison.items')}
          </Title>
          <ComparedItems items={comparison.items} copies={copies} />
        </>
      ) : (
        <>
          <ComparedValuesTable
            rows={comparison.lines.map((line) => ({ key: line.path, box: null, label: line.path, value: line }))}
            copies={copies}
            testId="compared-lines"
          />
          {comparison.truncated && <Text c="dimmed">{t('officerDeclarations.comparison.truncated')}</Text>}
        </>
      )}
    </>
  );
}
