import { createClient, dispatch, type Client, type Handlers } from '../../shared/api';

/**
 * A client that goes through `dispatch` with a JSON round trip on both sides, as the IPC and HTTP
 * transports do: what would not survive serialisation fails here too. Unexpected errors are
 * collected in `internalErrors` so a test can assert there were none.
 */
export function inProcessClient(handlers: Handlers): Client & { internalErrors: unknown[] } {
  const internalErrors: unknown[] = [];
  const client = createClient(async (method, input) => {
    const result = await dispatch(handlers, method, JSON.parse(JSON.stringify(input ?? {})), {
      onInternalError: (_m, error) => internalErrors.push(error),
    });
    return JSON.parse(JSON.stringify(result));
  });
  return Object.assign(client, { internalErrors });
}
