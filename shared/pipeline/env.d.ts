// The WHATWG encoding API exists in every runtime Galley runs in (Node, Chromium, Electron), but
// shared/ compiles without DOM or Node types on purpose; this declares just what the pipeline uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
