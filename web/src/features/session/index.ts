// The session feature's public surface: who is logged in, and the guard for pages that need it (guarded).

export { guarded } from './RequireSession.tsx';

export { useSession } from './session-context.ts';
