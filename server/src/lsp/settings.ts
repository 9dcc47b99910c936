/**
 * presslint's settings, declared once here (types and defaults) and in package.json
 * (`contributes.configuration`, with descriptions). Adding a setting: add it to `Settings`
 * and `DEFAULT_SETTINGS`, read it in `normaliseSettings`, declare it in package.json.
 *
 * Settings are resolved per document (a multi-root workspace may differ per folder) and
 * cached until the client says they changed; nothing lives in server globals.
 */
export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  /** A house style file to use instead of the nearest `.presslint.yaml`; relative to the workspace folder. */
  configPath: string | null;
  /** Language ids linted besides files named `*.release.md` / `*.release.txt`. */
  languages: string[];
  /** Drafts larger than this (in UTF-8 bytes) are not linted. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  configPath: null,
  languages: ['press-release'],
  maxFileSize: 2_000_000,
});

/** Whatever the client sent (possibly null, partial or mistyped) -> complete settings. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(value.languages)
    ? value.languages.filter((l): l is string => typeof l === 'string' && l.length > 0)
    : DEFAULT_SETTINGS.languages;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    configPath: typeof value.configPath === 'string' && value.configPath.trim() !== '' ? value.configPath.trim() : null,
    languages: [...languages],
    maxFileSize:
      typeof value.maxFileSize === 'number' && Number.isFinite(value.maxFileSize) && value.maxFileSize > 0
        ? value.maxFileSize
        : DEFAULT_SETTINGS.maxFileSize,
  };
}

/** Drafts are named `*.release.md` or `*.release.txt`: linted whatever the editor calls their language. */
export function isReleaseFileName(uri: string): boolean {
  return /\.release\.(?:md|markdown|txt)$/i.test(uri.replace(/[?#].*$/, ''));
}

/** True if a document of this language and name is a draft presslint should check. */
export function shouldLint(settings: Settings, languageId: string, uri: string): boolean {
  if (!settings.enable) return false;
  return languageId === 'press-release' || settings.languages.includes(languageId) || isReleaseFileName(uri);
}

/**
 * Settings per document, fetched from the client (`workspace/configuration`, scoped to the
 * document) once and cached until the client reports a change.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();

  /** `fetch` asks the client for the `presslint` section of a document; undefined: the client cannot. */
  constructor(private readonly fetch: ((uri: string) => Promise<unknown>) | undefined, private global: unknown = undefined) {}

  forDocument(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const fetch = this.fetch;
      settings = fetch
        ? fetch(uri).then(normaliseSettings, () => normaliseSettings(this.global))
        : Promise.resolve(normaliseSettings(this.global));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** The client says settings changed (`global`: what it pushed, for clients without workspace/configuration). */
  changed(global?: unknown): void {
    if (global !== undefined) this.global = global;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get size(): number {
    return this.cache.size;
  }
}
