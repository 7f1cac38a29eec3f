// The session feature's public surface: who is logged in, and the guard for pages that need it.

export { homePathOf, menuAreasOf, menuOf, safeNext } from './areas.ts';
export { type AccessStatus, type AccountKind, type BoundCertificate, fetchMe, type Me } from './me.ts';
export { loginPathReturningTo, RequireSession } from './RequireSession.tsx';
export { SessionProvider } from './SessionProvider.tsx';
export { type SessionState, useSession } from './session-context.ts';
