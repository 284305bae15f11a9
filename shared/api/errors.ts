import { z } from 'zod';

/** Error codes that cross the contract; the UI words them in the user's language. */
export const ErrorCode = z.enum([
  'not_found',
  'invalid_input',
  'conflict',
  'too_large',
  'unsupported_format',
  'forbidden',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  /** Developer-facing detail (English); never shown as is to the user. */
  message: z.string(),
  /** Values the UI may put in its message (`{name}`). */
  params: z.record(z.string(), z.string()).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** Thrown by handlers and by the client; `dispatch` turns it into `{ ok: false, error }`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, params?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }

  toShape(): ApiErrorShape {
    return this.params ? { code: this.code, message: this.message, params: this.params } : { code: this.code, message: this.message };
  }

  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.params);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
