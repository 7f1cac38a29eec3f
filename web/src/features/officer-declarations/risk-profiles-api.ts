import { riskProfileRoutes } from '@shekara/contracts/declarations/risk';
import { call } from '../../api/client.ts';
import type { RiskProfile, RiskProfileBody } from './risk-profile-form.ts';

// The administrators' risk profile routes (ACC-17).

export const listRiskProfiles = async (): Promise<RiskProfile[]> =>
  (await call(riskProfileRoutes.list)).profiles as RiskProfile[];

export const createRiskProfile = async (body: RiskProfileBody): Promise<RiskProfile> =>
  (await call(riskProfileRoutes.create, { body })) as RiskProfile;

export const changeRiskProfile = async (id: string, body: RiskProfileBody): Promise<RiskProfile> =>
  (await call(riskProfileRoutes.change, { params: { id }, body })) as RiskProfile;
