export interface BrowserModeOptions {
  dbPath: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Built renderer folder (dist/renderer). */
  rendererDir: string;
  examplesDir: string | null;
  version: string;
  log?: (line: string) => void;
}

export interface BrowserModeServer {
  /** `http://127.0.0.1:<port>/?token=<token>` */
  readonly url: string;
  close(): Promise<void>;
}

/** Opens the library and serves the workbench on loopback (browser mode). */
export declare function serveBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer>;
