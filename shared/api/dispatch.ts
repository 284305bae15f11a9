import { ApiError, type ApiErrorShape, type Result } from './errors';
import { contract, type Handlers, type Output } from './contract';
import { isMethod, type Method } from './methods';

export interface DispatchOptions {
  /** Called with unexpected errors (not ApiError) before they are reported as `internal`. */
  onInternalError?: (method: string, error: unknown) => void;
}

function fail(code: ApiErrorShape['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`)
    .join('; ');
}

/**
 * The only entry point into the services: rejects unknown methods, parses the input, calls the
 * handler, checks the output. Never throws; every failure is a `{ ok: false, error }` value.
 */
export async function dispatch(handlers: Handlers, method: string, raw: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('not_found', `Unknown method: ${method.slice(0, 100)}`);
  const endpoint = contract[method];
  const parsed = endpoint.input.safeParse(raw ?? {});
  if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error.issues));
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    const checked = endpoint.output.safeParse(value);
    if (!checked.success) {
      options.onInternalError?.(method, new Error(`Invalid output: ${describeIssues(checked.error.issues)}`));
      return fail('internal', `Invalid output from ${method}`);
    }
    return { ok: true, value: checked.data as Output<Method> };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    options.onInternalError?.(method, error);
    return fail('internal', `Unexpected error in ${method}`);
  }
}
