import { ApiError, type Result } from './errors';
import type { Input, Output } from './contract';
import type { Method } from './methods';

/** Carries one call to the services and brings back its result (IPC, HTTP, or in-process). */
export type Transport = (method: Method, input: unknown) => Promise<Result<unknown>>;

export interface Client {
  /** Calls a method; resolves with its output or rejects with an ApiError. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      let result: Result<unknown>;
      try {
        result = await transport(method, input);
      } catch (error) {
        throw new ApiError('unavailable', error instanceof Error ? error.message : String(error));
      }
      if (!result.ok) throw ApiError.from(result.error);
      return result.value as Output<typeof method>;
    },
  };
}
