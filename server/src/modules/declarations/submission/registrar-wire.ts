import { AppError } from '../../../platform/errors.ts';
import type { ReceiptKeyMaterial } from './receipt-signer.ts';
import type { CheckedSubmission } from './register-batch.ts';
import type { SubmissionAnswer } from './submit-declaration.ts';

/**
 * What the main thread and the registrar's thread (registrar-thread.ts) post to each other. Data
 * crosses by structured clone: a Buffer arrives as a plain Uint8Array, an error as its parts.
 */
export type ToRegistrar =
  | {
      kind: 'open';
      connectionString: string;
      searchPath?: string;
      publicUrl: string;
      receiptKey: ReceiptKeyMaterial;
    }
  | { kind: 'register'; id: number; submission: CheckedSubmission }
  | { kind: 'close' };

export type FromRegistrar =
  | { kind: 'opened' }
  | { kind: 'not-opened'; message: string }
  | { kind: 'answer'; id: number; answer: SubmissionAnswer }
  | { kind: 'refused'; id: number; error: WireError }
  | { kind: 'batch'; size: number; seconds: number }
  | { kind: 'closed' };

/** An error as it crosses: an AppError by its code and parameters, any other by its message and SQLSTATE. */
export type WireError =
  | { app: true; code: string; status: number; params: Record<string, unknown>; details?: unknown }
  | { app: false; message: string; sqlState?: string };

export function errorToWire(error: unknown): WireError {
  if (error instanceof AppError)
    return {
      app: true,
      code: error.code,
      status: error.status,
      params: { ...error.params },
      ...(error.details !== undefined && { details: error.details }),
    };
  const sqlState = (error as { code?: unknown } | null)?.code;
  return {
    app: false,
    message: error instanceof Error ? error.message : String(error),
    ...(typeof sqlState === 'string' && { sqlState }),
  };
}

export function errorFromWire(error: WireError): Error {
  if (error.app) return new AppError(error.code, error.status, error.params as AppError['params'], error.details);
  const rebuilt = new Error(`registrar's thread: ${error.message}`) as Error & { code?: string };
  if (error.sqlState) rebuilt.code = error.sqlState;
  return rebuilt;
}

/** The Buffers of a submission as the registrar uses them again, from the Uint8Arrays that crossed. */
export function submissionFromWire(submission: CheckedSubmission): CheckedSubmission {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ...submission,
    requestSha256: buffer(submission.requestSha256),
    cms: buffer(submission.cms),
    documentSha256: buffer(submission.documentSha256),
  };
}
