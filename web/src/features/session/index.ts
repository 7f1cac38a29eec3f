// The session feature's public surface: who is logged in, and the guard for pages that need it.

export { RequireSession } from './RequireSession.tsx';

export { useSession } from './session-context.ts';
