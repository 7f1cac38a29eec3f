import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import {
  type ApplicationStatus,
  fetchAccess,
  fetchAccount,
  fetchApplication,
  fetchJournal,
  findAccounts,
  listApplications,
  listDepartments,
} from './web-declarant-api.ts';

/** The keys of the department's Web-declarant work in the cache: a decision or a measure reads everything under `all` again. */
export const webDeclarantKeys = {
  all: ['web-declarant'] as const,
  applications: (status: ApplicationStatus | undefined) => ['web-declarant', 'applications', status ?? 'all'] as const,
  application: (id: string) => ['web-declarant', 'application', id] as const,
  journal: (year: number) => ['web-declarant', 'journal', year] as const,
  accounts: (iinBin: string | undefined) => ['web-declarant', 'accounts', iinBin ?? ''] as const,
  account: (id: string) => ['web-declarant', 'account', id] as const,
  access: (id: string) => ['web-declarant', 'access', id] as const,
  departments: ['web-declarant', 'departments'] as const,
};

export const useApplications = (status: ApplicationStatus | undefined) =>
  useQuery({ queryKey: webDeclarantKeys.applications(status), queryFn: () => listApplications(status) });
export const useApplication = (id: string) =>
  useQuery({ queryKey: webDeclarantKeys.application(id), queryFn: () => fetchApplication(id) });
export const useJournal = (year: number) =>
  useQuery({ queryKey: webDeclarantKeys.journal(year), queryFn: async () => (await fetchJournal(year)).entries });
/** The users (not officers) registered at the department, all or those of one IIN/BIN. */
export const useUserAccounts = (iinBin: string | undefined) =>
  useQuery({
    queryKey: webDeclarantKeys.accounts(iinBin),
    queryFn: async () => (await findAccounts(iinBin)).filter((account) => account.kind === 'user'),
  });
export const useAccount = (id: string, reason: DataReadReason) =>
  useQuery({ queryKey: webDeclarantKeys.account(id), queryFn: () => fetchAccount(id, reason) });
export const useAccess = (id: string, reason: DataReadReason) =>
  useQuery({ queryKey: webDeclarantKeys.access(id), queryFn: () => fetchAccess(id, reason) });
export const useDepartments = () =>
  useQuery({ queryKey: webDeclarantKeys.departments, queryFn: listDepartments, staleTime: Infinity });
