import type { AuditRecord } from '../../platform/audit/audit-log.ts';
import type { RegisterEntry } from '../registers/index.ts';
import type { Account } from './account-repository.ts';
import type { BoundCertificate } from './certificate-repository.ts';
import type { SessionRow } from './session-repository.ts';
import type { WorkplaceLogin } from './workplace-login-repository.ts';

/** How accounts, certificates and sessions are shown through the API: never hashes or tokens. */
export function rolesOf(account: Pick<Account, 'kind' | 'userType'>): string[] {
  if (account.kind === 'user') return ['user', `user:${account.userType}`];
  return [account.kind];
}

const iso = (value: Date | string) => new Date(value).toISOString();

export function certificateView(c: BoundCertificate) {
  return {
    serialNumber: c.serialNumber,
    issuer: c.issuer,
    commonName: c.commonName,
    subjectIin: c.subjectIin,
    subjectBin: c.subjectBin,
    algorithm: c.algorithm,
    notBefore: iso(c.notBefore),
    notAfter: iso(c.notAfter),
    status: c.status,
    boundAt: iso(c.boundAt),
  };
}

export function meView(
  account: Account,
  certificates: BoundCertificate[],
  session: Pick<SessionRow, 'id' | 'method' | 'level' | 'createdAt' | 'csrfToken'> & { expiresAt: Date },
  standing: RegisterEntry | null = null,
) {
  return {
    id: account.id,
    kind: account.kind,
    userType: account.userType,
    iinBin: account.iinBin,
    login: account.login,
    email: account.email,
    phone: account.phone,
    postalAddress: account.postalAddress,
    displayName: account.displayName,
    organisation: account.organisation,
    roles: rolesOf(account),
    officeCode: account.officeCode,
    registeringBodyCode: account.registeringBodyCode,
    workplaces: account.workplaces,
    accessStatus: account.accessStatus,
    mustChangePassword: account.mustChangePassword,
    certificates: certificates.map(certificateView),
    registerEntry: standing && {
      register: standing.register,
      registerNumber: standing.registerNumber,
      validFrom: standing.validFrom,
      validTo: standing.validTo,
    },
    session: {
      id: session.id,
      method: session.method,
      level: session.level,
      createdAt: iso(session.createdAt),
      expiresAt: iso(session.expiresAt),
      csrfToken: session.csrfToken,
    },
  };
}

export function sessionView(s: SessionRow, currentId?: string) {
  const expires = Math.min(new Date(s.idleExpiresAt).getTime(), new Date(s.absoluteExpiresAt).getTime());
  return {
    id: s.id,
    method: s.method,
    level: s.level,
    createdAt: iso(s.createdAt),
    lastSeenAt: iso(s.lastSeenAt),
    expiresAt: new Date(expires).toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === currentId,
  };
}

export function workplaceLoginView(l: WorkplaceLogin) {
  return {
    id: l.id,
    login: l.login,
    issuedAt: iso(l.issuedAt),
    mustChangePassword: l.mustChangePassword,
    boundAt: l.boundAt ? iso(l.boundAt) : null,
    releasedAt: l.releasedAt ? iso(l.releasedAt) : null,
  };
}

export function accountSummaryView(a: Account & { status: string }) {
  return {
    id: a.id,
    kind: a.kind,
    userType: a.userType,
    iinBin: a.iinBin,
    login: a.login,
    email: a.email,
    displayName: a.displayName,
    organisation: a.organisation,
    status: a.status,
    accessStatus: a.accessStatus,
    workplaces: a.workplaces,
    registeringBodyCode: a.registeringBodyCode,
    createdAt: iso(a.createdAt),
  };
}

export function historyView(r: AuditRecord) {
  return { at: r.at, action: r.action, outcome: r.outcome, code: r.code, details: r.details };
}
