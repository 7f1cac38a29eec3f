import type {
  RiskConditions,
  riskProfileBody as riskProfileBodySchema,
  riskProfileView,
} from '@shekara/contracts/declarations/risk';
import type { z } from 'zod';
import { type DeclarationKind, declarationKinds } from './officer-declaration.ts';

/** A risk profile as the administrators' list answers it; its conditions are the contract's (ACC-17). */
export type RiskProfile = Omit<z.output<typeof riskProfileView>, 'conditions'> & { conditions: RiskConditions };

export type RiskProfileBody = z.output<typeof riskProfileBodySchema>;

/** The editor's fields as typed: lists as text (codes separated by spaces or commas), numbers as text. */
export interface RiskProfileForm {
  name: string;
  channel: 'yellow' | 'red';
  priority: string;
  active: boolean;
  validFrom: string;
  validTo: string;
  hsPrefixes: string;
  originCountries: string;
  minCustomsValue: string;
  maxPriorDeclarations: string;
  kinds: DeclarationKind[];
}

export type RiskProfileProblem =
  | 'nameRequired'
  | 'priorityInvalid'
  | 'validFromInvalid'
  | 'validToInvalid'
  | 'validToBeforeFrom'
  | 'hsPrefixInvalid'
  | 'originCountryInvalid'
  | 'minCustomsValueInvalid'
  | 'maxPriorDeclarationsInvalid'
  | 'conditionRequired';

export function emptyRiskProfileForm(today: string): RiskProfileForm {
  return {
    name: '',
    channel: 'yellow',
    priority: '100',
    active: true,
    validFrom: today,
    validTo: '',
    hsPrefixes: '',
    originCountries: '',
    minCustomsValue: '',
    maxPriorDeclarations: '',
    kinds: [],
  };
}

export function formOfProfile(profile: RiskProfile): RiskProfileForm {
  const c = profile.conditions;
  return {
    name: profile.name,
    channel: profile.channel,
    priority: String(profile.priority),
    active: profile.active,
    validFrom: profile.validFrom,
    validTo: profile.validTo ?? '',
    hsPrefixes: (c.hsPrefixes ?? []).join(' '),
    originCountries: (c.originCountries ?? []).join(' '),
    minCustomsValue: c.minCustomsValue === undefined ? '' : String(c.minCustomsValue),
    maxPriorDeclarations: c.maxPriorDeclarations === undefined ? '' : String(c.maxPriorDeclarations),
    kinds: c.kinds ?? [],
  };
}

/** Codes typed in a list: separated by spaces, commas or semicolons; each once, in the order typed. */
export function codeList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((code) => code.length > 0))];
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const wholeNumber = /^\d{1,7}$/;
const tenge = /^\d{1,15}(\.\d{1,2})?$/;

/** An amount as an officer types it (1 000 000,50 or 1000000.50), in the server's form: 1000000.50. */
function typedTenge(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** Why the profile cannot be saved yet, as catalogue keys; the server checks the same again. */
export function riskProfileProblems(form: RiskProfileForm): RiskProfileProblem[] {
  const problems: RiskProfileProblem[] = [];
  if (form.name.trim() === '' || form.name.trim().length > 200) problems.push('nameRequired');
  if (!wholeNumber.test(form.priority.trim()) || Number(form.priority) > 1_000_000) problems.push('priorityInvalid');
  if (!day.test(form.validFrom)) problems.push('validFromInvalid');
  if (form.validTo !== '' && !day.test(form.validTo)) problems.push('validToInvalid');
  else if (form.validTo !== '' && day.test(form.validFrom) && form.validTo < form.validFrom)
    problems.push('validToBeforeFrom');
  const hsPrefixes = codeList(form.hsPrefixes);
  if (hsPrefixes.length > 200 || hsPrefixes.some((code) => !/^\d{2,10}$/.test(code))) problems.push('hsPrefixInvalid');
  const countries = codeList(form.originCountries.toUpperCase());
  if (countries.length > 250 || countries.some((code) => !/^[A-Z]{2}$/.test(code)))
    problems.push('originCountryInvalid');
  if (form.minCustomsValue.trim() !== '' && !tenge.test(typedTenge(form.minCustomsValue)))
    problems.push('minCustomsValueInvalid');
  if (
    form.maxPriorDeclarations.trim() !== '' &&
    (!wholeNumber.test(form.maxPriorDeclarations.trim()) || Number(form.maxPriorDeclarations) > 1_000_000)
  ) {
    problems.push('maxPriorDeclarationsInvalid');
  }
  const conditions = conditionsOf(form);
  if (Object.keys(conditions).length === 0) problems.push('conditionRequired');
  return problems;
}

function conditionsOf(form: RiskProfileForm): RiskConditions {
  const conditions: RiskConditions = {};
  const hsPrefixes = codeList(form.hsPrefixes);
  const countries = codeList(form.originCountries.toUpperCase());
  if (hsPrefixes.length > 0) conditions.hsPrefixes = hsPrefixes;
  if (countries.length > 0) conditions.originCountries = countries;
  if (form.minCustomsValue.trim() !== '') conditions.minCustomsValue = Number(typedTenge(form.minCustomsValue));
  if (form.maxPriorDeclarations.trim() !== '')
    conditions.maxPriorDeclarations = Number(form.maxPriorDeclarations.trim());
  const kinds = declarationKinds.filter((kind) => form.kinds.includes(kind));
  if (kinds.length > 0) conditions.kinds = kinds;
  return conditions;
}

/** The body of POST/PUT /api/v1/admin/risk-profiles; only for a form without problems. */
export function riskProfileBody(form: RiskProfileForm): RiskProfileBody {
  return {
    name: form.name.trim(),
    conditions: conditionsOf(form),
    channel: form.channel,
    priority: Number(form.priority.trim()),
    active: form.active,
    validFrom: form.validFrom,
    validTo: form.validTo === '' ? null : form.validTo,
  };
}
