import { Group, Loader } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { DateField } from './DateField.tsx';
import { useTnvedSearch, useTnvedSections } from './queries.ts';
import { TnvedSearchResults } from './TnvedSearchResults.tsx';
import { TnvedTree } from './TnvedTree.tsx';
import { useReferenceDate } from './use-reference-date.ts';

/** Longest query the page sends; the server bounds it too. */
const maxQueryLength = 200;

/**
 * The TN VED browser (issue 5 point 9): search by code or words, or walk the tree, with rates at a
 * chosen date. The query and the date live in the address, so a link shows the same results.
 */
export function TnvedPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [date, setDate] = useReferenceDate();
  const query = (params.get('q') ?? '').trim();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [settled] = useDebouncedValue(typed, 300);

  // What the reader typed reaches the address once they pause; going back or forward in the
  // history brings that page's query back into the box. `written` tells the two apart, so the
  // address catching up with the typing never rewrites what is being typed.
  const inAddress = params.get('q') ?? '';
  const written = useRef(inAddress);
  useEffect(() => {
    if (inAddress === written.current) return;
    written.current = inAddress;
    setTyped(inAddress);
  }, [inAddress]);
  useEffect(() => {
    written.current = settled.trim();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (settled.trim()) next.set('q', settled.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [settled, setParams]);

  const search = loadOf(useTnvedSearch(query, date));
  const tree = loadOf(useTnvedSections(date, !query));

  return (
    <Page title={t('reference.tnved.title')} lead={t('reference.tnved.lead')} testId="tnved-title">
      <Group align="flex-end" gap="md">
        <SearchBox
          label={t('reference.tnved.search')}
          placeholder={t('reference.tnved.searchPlaceholder')}
          value={typed}
          onSearch={setTyped}
          maxLength={maxQueryLength}
          style={{ flex: '1 1 280px' }}
          data-testid="tnved-search"
        />
        <DateField label={t('reference.date.ratesAt')} value={date} onChange={setDate} testId="tnved-date" />
      </Group>
      {query ? (
        <>
          {search.state === 'loading' && <Loader size="sm" />}
          {search.state === 'failed' && (
            <ServerRefusalAlert title={t('reference.tnved.searchFailed')} error={search.error} />
          )}
          {search.state === 'ready' && <TnvedSearchResults result={search.value} />}
        </>
      ) : (
        <PageSection title={t('reference.tnved.tree')}>
          {tree.state === 'loading' && <Loader size="sm" />}
          {tree.state === 'failed' && <ServerRefusalAlert title={t('reference.tnved.treeFailed')} error={tree.error} />}
          {tree.state === 'ready' && <TnvedTree tree={tree.value} date={date} />}
        </PageSection>
      )}
    </Page>
  );
}
