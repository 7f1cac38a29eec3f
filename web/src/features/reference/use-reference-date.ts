import { useSearchParams } from 'react-router';
import { almatyToday, isIsoDate } from '../../dates.ts';

/**
 * The date a page shows its data at, kept in the address (?date=) so a shared link shows the same;
 * today in Almaty when the address names none.
 */
export function useReferenceDate(): [string, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('date');
  const date = isIsoDate(asked) ? asked : almatyToday();
  const setDate = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('date', next);
        return updated;
      },
      { replace: true },
    );
  return [date, setDate];
}
