/**
 * The presslint extensions to LSP, shared by the server and the VS Code client. Plain data
 * only: the client bundles this file too, so it must not import the engine or the LSP library.
 */

/** Request: the programmes of the house style in effect for a document (or the first folder). */
export const PROGRAMMES_REQUEST = 'presslint/programmes';
export interface ProgrammesParams {
  uri?: string;
}
export interface ProgrammeInfo {
  name: string;
  boilerplate: string;
}

/** Notification from the server after each lint of a document: what the status bar shows. */
export const STATUS_NOTIFICATION = 'presslint/status';
export type DocumentState = 'ok' | 'style-error' | 'too-large' | 'disabled';
export interface StatusParams {
  uri: string;
  /** `recommended`, or the house style file's path. */
  style: string;
  /** The house style file in effect, if any. */
  styleFile?: string;
  findings: number;
  state: DocumentState;
  /** Spelling has yet to join these findings (its dictionaries are loading, or it is checking). */
  pending?: boolean;
}

/** Request: the server's memory and how many documents it tracks (the memory test; diagnostics). */
export const SERVER_INFO_REQUEST = 'presslint/serverInfo';
export interface ServerInfoParams {
  /** Run the garbage collector first, when the server was started with `--expose-gc`. */
  gc?: boolean;
}
export interface ServerInfo {
  heapUsed: number;
  rss: number;
  /** Documents with lint state held by the server; 0 once every document is closed. */
  trackedDocuments: number;
  gcAvailable: boolean;
}

/**
 * Command the server executes: fix everything fixable in a document and send the edit to the
 * client (`workspace/applyEdit`). Arguments: `{ uri, version }`.
 */
export const APPLY_FIX_ALL_COMMAND = 'presslint.applyFixAll';
export interface ApplyFixAllArgs {
  uri: string;
  version?: number;
}

/** The code action kind of presslint's fix-all (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.presslint';
