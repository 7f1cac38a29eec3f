import { getJson, sendJson } from '../../api.ts';
import type { RiskProfile, RiskProfileBody } from './risk-profile-form.ts';

// The administrators' risk profile routes (server/src/modules/declarations/risk/routes.ts).
const base = '/api/v1/admin/risk-profiles';

export async function listRiskProfiles(): Promise<RiskProfile[]> {
  return (await getJson<{ profiles: RiskProfile[] }>(base)).profiles;
}

export function createRiskProfile(body: RiskProfileBody): Promise<RiskProfile> {
  return sendJson<RiskProfile>(base, body);
}

export function changeRiskProfile(id: string, body: RiskProfileBody): Promise<RiskProfile> {
  return sendJson<RiskProfile>(`${base}/${encodeURIComponent(id)}`, body, 'PUT');
}
