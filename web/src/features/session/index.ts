// The session feature's public surface: who is logged in, and the guard for pages that need it.
export { SessionProvider } from './SessionProvider.tsx';
export { useSession, type SessionState } from './session-context.ts';
export { RequireSession, loginPathReturningTo } from './RequireSession.tsx';
export { homePathOf, menuAreasOf, menuOf, safeNext } from './areas.ts';
export { fetchMe, type Me, type AccountKind, type AccessStatus, type BoundCertificate } from './me.ts';
