import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { RiskChannel, RiskConditions, RiskProfile } from '@shekara/contracts/declarations/risk';

/** What routing knows of a registered declaration and its declarant. */
export interface RiskFacts {
  kind: DeclarationKind;
  /** the TN VED codes of its goods items */
  hsCodes: readonly string[];
  /** the countries of origin of its goods items */
  originCountries: readonly string[];
  /** the declared customs value, tenge (null when the document states none) */
  customsValue: number | null;
  /** earlier released declarations of the same declarant */
  priorReleased: number;
  /** the registration date (YYYY-MM-DD): profiles are judged in force on it */
  date: string;
}

export interface RiskRoute {
  channel: RiskChannel;
  /** the profile that decided, or null for green by default */
  profile: Pick<RiskProfile, 'id' | 'name' | 'priority'> | null;
}

/**
 * The channel of a registered declaration (ACC-17): the highest-priority active profile in force
 * on the date whose conditions all hold wins; at equal priority red before yellow, then the name,
 * so the answer never depends on the order profiles were read. None → green.
 */
export function routeDeclaration(profiles: readonly RiskProfile[], facts: RiskFacts): RiskRoute {
  const winner = profiles
    .filter(
      (p) =>
        p.active &&
        p.validFrom <= facts.date &&
        (p.validTo === null || facts.date <= p.validTo) &&
        conditionsHold(p.conditions, facts),
    )
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        severity(b.channel) - severity(a.channel) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )[0];
  return winner
    ? { channel: winner.channel, profile: { id: winner.id, name: winner.name, priority: winner.priority } }
    : { channel: 'green', profile: null };
}

const severity = (channel: RiskChannel) => (channel === 'red' ? 2 : channel === 'yellow' ? 1 : 0);

export function conditionsHold(conditions: RiskConditions, facts: RiskFacts): boolean {
  if (conditions.kinds && !conditions.kinds.includes(facts.kind)) return false;
  if (
    conditions.hsPrefixes &&
    !facts.hsCodes.some((code) => conditions.hsPrefixes!.some((prefix) => code.startsWith(prefix)))
  )
    return false;
  if (
    conditions.originCountries &&
    !facts.originCountries.some((country) => conditions.originCountries!.includes(country))
  )
    return false;
  if (
    conditions.minCustomsValue !== undefined &&
    (facts.customsValue === null || facts.customsValue < conditions.minCustomsValue)
  )
    return false;
  if (conditions.maxPriorDeclarations !== undefined && facts.priorReleased > conditions.maxPriorDeclarations)
    return false;
  return true;
}
