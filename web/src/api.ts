// The pages import the error and the CSRF token from here; the typed client itself is api/client.ts.
export { ApiError } from './api/client.ts';
