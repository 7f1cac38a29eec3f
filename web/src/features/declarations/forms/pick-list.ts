import { useMemo } from 'react';
import { almatyToday } from '../../../dates.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { useClassifier, useCustomsOffices } from '../../reference/queries.ts';
import type { PickOption } from './pick-match.ts';
import type { Picker } from './pickers.ts';

/**
 * The codes a box is picked from, named in the user's language: a classifier as in force on the
 * document's date (today while it has none), or the customs offices. Empty while loading or when
 * the list cannot be had: the box then takes a typed code, as any text box.
 */
export function usePickList(picker: Picker, date: string | undefined): PickOption[] {
  const language = currentLanguage();
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : almatyToday();
  const offices = picker === 'customs-offices';
  // Both hooks are called on every render (hooks' rule); the one not wanted asks for nothing new, its answer is cached.
  const classifier = useClassifier(offices ? 'countries' : picker, day);
  const officeList = useCustomsOffices({});
  return useMemo(() => {
    if (offices) return (officeList.data ?? []).map((o) => ({ code: o.code, name: o.name[language] }));
    return (classifier.data?.items ?? []).map((item) => ({ code: item.code, name: item.name[language] }));
  }, [offices, officeList.data, classifier.data, language]);
}
