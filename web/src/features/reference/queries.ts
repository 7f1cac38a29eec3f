import { useQuery } from '@tanstack/react-query';
import { almatyToday } from '../../dates.ts';
import { type ClassifierItem, fetchClassifier, fetchClassifiers } from './classifiers-api.ts';
import { type CustomsOfficeFilter, fetchCustomsOffices, fetchRegions } from './customs-offices-api.ts';
import { fetchExchangeRates } from './exchange-rates-api.ts';
import { fetchTnvedEntry, fetchTnvedSections, searchTnved } from './tnved-api.ts';

/** Reference data changes a few times a day at most: a page opened again within minutes is not asked again. */
const staleTime = 5 * 60_000;

export const referenceKeys = {
  classifiers: ['reference', 'classifiers'] as const,
  classifier: (name: string, date: string) => ['reference', 'classifier', name, date] as const,
  exchangeRates: (date: string) => ['reference', 'exchange-rates', date] as const,
  tnvedEntry: (code: string, date: string) => ['reference', 'tnved', 'entry', code, date] as const,
  tnvedSections: (date: string) => ['reference', 'tnved', 'sections', date] as const,
  tnvedSearch: (q: string, date: string) => ['reference', 'tnved', 'search', q, date] as const,
  regions: ['reference', 'regions'] as const,
  acceptedDocumentKinds: ['reference', 'accepted-document-kinds'] as const,
  customsOffices: (filter: CustomsOfficeFilter) => ['reference', 'customs-offices', filter] as const,
};

export const useClassifiers = () =>
  useQuery({ queryKey: referenceKeys.classifiers, queryFn: fetchClassifiers, staleTime });
export const useClassifier = (name: string, date: string) =>
  useQuery({ queryKey: referenceKeys.classifier(name, date), queryFn: () => fetchClassifier(name, date), staleTime });
export const useExchangeRates = (date: string) =>
  useQuery({ queryKey: referenceKeys.exchangeRates(date), queryFn: () => fetchExchangeRates(date), staleTime });
export const useTnvedEntry = (code: string, date: string) =>
  useQuery({ queryKey: referenceKeys.tnvedEntry(code, date), queryFn: () => fetchTnvedEntry(code, date), staleTime });
export const useTnvedSections = (date: string, wanted: boolean) =>
  useQuery({
    queryKey: referenceKeys.tnvedSections(date),
    queryFn: () => fetchTnvedSections(date),
    staleTime,
    enabled: wanted,
  });
export const useTnvedSearch = (q: string, date: string) =>
  useQuery({
    queryKey: referenceKeys.tnvedSearch(q, date),
    queryFn: ({ signal }) => searchTnved(q, date, undefined, signal),
    staleTime,
    enabled: q !== '',
  });
export const useRegions = () => useQuery({ queryKey: referenceKeys.regions, queryFn: fetchRegions, staleTime });
export const useAcceptedDocumentKinds = () =>
  useQuery({ queryKey: referenceKeys.acceptedDocumentKinds, queryFn: acceptedDocumentKinds, staleTime });
export const useCustomsOffices = (filter: CustomsOfficeFilter) =>
  useQuery({ queryKey: referenceKeys.customsOffices(filter), queryFn: () => fetchCustomsOffices(filter), staleTime });

/** The kinds of document some customs office accepts, named as the classifier names them today. */
async function acceptedDocumentKinds(): Promise<ClassifierItem[]> {
  const [offices, classifier] = await Promise.all([
    fetchCustomsOffices({}),
    fetchClassifier('document-kinds', almatyToday()),
  ]);
  const accepted = new Set(offices.flatMap((office) => office.acceptsDocumentKinds));
  return classifier.items.filter((item) => accepted.has(item.code));
}
