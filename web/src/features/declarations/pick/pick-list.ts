import { useEffect, useMemo, useState } from 'react';
import { almatyToday } from '../../../dates.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { useClassifier, useCustomsOffices, useTnvedSearch } from '../../reference/queries.ts';
import { codeOf, type PickOption } from './pick-match.ts';
import type { Picker } from './pickers.ts';

/** The TN VED is asked once the user pauses, not per keystroke. */
const searchDelayMs = 250;

/**
 * The codes a box is picked from, named in the user's language: a classifier as in force on the
 * document's date (today while it has none), the customs offices, or — for the TN VED, too long to
 * list — the nomenclature's answer to what is typed (a code prefix or words). Empty while loading or
 * when the list cannot be had: the box then takes a typed code, as any text box.
 */
export function usePickList(picker: Picker, date: string | undefined, search = ''): PickOption[] {
  const language = currentLanguage();
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : almatyToday();
  const offices = picker === 'customs-offices';
  const tnved = picker === 'tnved';
  const wanted = useSettled(tnved ? nomenclatureQuery(search) : '');
  // Every hook is called on every render (hooks' rule); those not wanted ask for nothing new, their answers are cached.
  const classifier = useClassifier(offices || tnved ? 'countries' : picker, day);
  const officeList = useCustomsOffices({});
  const hits = useTnvedSearch(wanted, day);
  return useMemo(() => {
    if (offices) return (officeList.data ?? []).map((o) => ({ code: o.code, name: o.name[language] }));
    if (tnved)
      return (hits.data?.hits ?? []).map((hit) => ({ code: hit.code, name: hit.name[language] ?? hit.name.ru }));
    return (classifier.data?.items ?? []).map((item) => ({ code: item.code, name: item.name[language] }));
  }, [offices, tnved, officeList.data, hits.data, classifier.data, language]);
}

/** What the nomenclature is asked: digits typed with spaces as one code prefix, words as they are. */
function nomenclatureQuery(search: string): string {
  const trimmed = search.trim();
  return /^[\d\s]+$/.test(trimmed) ? codeOf(trimmed) : trimmed;
}

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), searchDelayMs);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}
