import type { CliIo } from '../../../electron/hosts/cli/io';
import { ROOT } from '../../helpers/boot';

/** A CLI io that collects output; `stop()` plays the user's Ctrl+C. */
export function fakeIo(over: Partial<CliIo> & { input?: string | Uint8Array } = {}) {
  let out = '';
  let err = '';
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
    root: ROOT,
    stopSignal: () => stopped,
    stdin: async function* () {
      if (over.input !== undefined) yield typeof over.input === 'string' ? new TextEncoder().encode(over.input) : over.input;
    },
    ...over,
  };
  return {
    io,
    stop: () => stop(),
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}
