/**
 * The part of `conf` / `electron-store` PortDesk uses: read and replace the whole
 * document, atomically (conf writes through a temp file and a rename). The app builds
 * it with electron-store; tests build it with conf itself on a temp folder.
 */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface ConfOptions {
  /** File name without `.json`. */
  name: string;
  /** Folder that holds the file. */
  cwd: string;
}

export type CreateConf = (options: ConfOptions) => ConfLike;
