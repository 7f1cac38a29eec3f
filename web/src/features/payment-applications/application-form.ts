import type { ApplicationKind, ApplicationRequest } from './applications-api.ts';

/*
 * The cabinet's application form as plain data (ACC-21, ACC-14): what the payer types, the
 * problems to fix before signing, and the request it becomes. The server checks everything again.
 */

export interface SchedulePartForm {
  dueDate: string;
  amount: string;
}

export interface ApplicationForm {
  kind: ApplicationKind;
  registrationNumber: string;
  amount: string;
  reason: string;
  schedule: SchedulePartForm[];
  customsOffice: string;
  iban: string;
  bic: string;
}

export const emptyForm = (kind: ApplicationKind = 'deferral'): ApplicationForm => ({
  kind,
  registrationNumber: '',
  amount: '',
  reason: '',
  schedule: [{ dueDate: '', amount: '' }],
  customsOffice: '',
  iban: '',
  bic: '',
});

export type FormProblem =
  | 'registrationNumber'
  | 'amount'
  | 'reason'
  | 'parts'
  | 'partDate'
  | 'partAmount'
  | 'sum'
  | 'customsOffice'
  | 'iban'
  | 'bic';

const tenge = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;

/** Tiyn of a tenge string, or null when it is not one. */
export function tiynOf(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!tenge.test(trimmed)) return null;
  const [whole, fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const normalAmount = (text: string) => text.trim().replace(',', '.');

/** What keeps the form from being signed, in the order the fields stand. */
export function formProblems(form: ApplicationForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const amount = tiynOf(form.amount);
  if (form.kind === 'refund') {
    if (amount === null || amount === 0) problems.push('amount');
    if (!/^[0-9]{5}$/.test(form.customsOffice.trim())) problems.push('customsOffice');
    if (!/^KZ[0-9]{2}[0-9A-Z]{16}$/.test(form.iban.trim().toUpperCase())) problems.push('iban');
    if (!/^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(form.bic.trim().toUpperCase())) problems.push('bic');
    return problems;
  }
  if (!/^[0-9]{5}\/[0-9]{6}\/[0-9]{7}$/.test(form.registrationNumber.trim())) problems.push('registrationNumber');
  if (amount === null || amount === 0) problems.push('amount');
  if (form.reason.trim() === '') problems.push('reason');
  const parts = form.schedule;
  if (form.kind === 'deferral' ? parts.length !== 1 : parts.length < 2 || parts.length > 12) problems.push('parts');
  if (parts.some((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p.dueDate))) problems.push('partDate');
  const partAmounts = parts.map((p) => tiynOf(p.amount));
  if (partAmounts.some((a) => a === null || a === 0)) problems.push('partAmount');
  else if (amount !== null && partAmounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) !== amount)
    problems.push('sum');
  return problems;
}

/** The request the form becomes, under a fresh id of the client's. */
export function requestOf(form: ApplicationForm, applicationId: string): ApplicationRequest {
  if (form.kind === 'refund') {
    return {
      applicationId,
      kind: 'refund',
      amount: normalAmount(form.amount),
      ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
      customsOffice: form.customsOffice.trim(),
      bank: { iban: form.iban.trim().toUpperCase(), bic: form.bic.trim().toUpperCase() },
    };
  }
  return {
    applicationId,
    kind: form.kind,
    registrationNumber: form.registrationNumber.trim(),
    amount: normalAmount(form.amount),
    reason: form.reason.trim(),
    schedule: form.schedule.map((p) => ({ dueDate: p.dueDate, amount: normalAmount(p.amount) })),
  };
}
