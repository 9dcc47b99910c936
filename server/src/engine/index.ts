/**
 * The engine's public face: what the CLI, the language server and the tests import.
 * Nothing here (or below) imports an editor, the LSP or the terminal.
 */
export * from './vocabulary';
export type { Rule, RuleContext } from './rule';
export { lint, lintWithSpelling, addSpelling, fixAll, ruleSetting, sortFindings, filterDisabled, styleInEffect, DIRECTIVE_RULE_ID } from './lint';
export type { LintOptions, LintResult, RuleFailure } from './lint';
export { ParagraphMemo } from './paragraph-memo';
export { filesStamp } from './file-stamp';
export { applyFixes, fixUntilStable, mergeEdits, overlaps } from './fix';
export { parseDraft, formatOfFileName } from './parse/document';
export { looksLikeDateline } from './parse/dateline/recognise';
export type { Block, BlockKind, DraftDocument, DraftFormat, ContactSection } from './parse/document';
export { rules, ruleIds, ruleMeta, docsUrl, spellingMeta } from './rules/index';
export { recommended, builtInStyles } from './config/recommended';
export type { HouseStyle, Programme, Dialect } from './config/style';
export { StyleError, readStyleText, mergeStyle, MAX_STYLE_BYTES } from './config/parse';
export type { StyleIssue } from './config/parse';
export { findStyleFile, isInside, loadStyleFile, readStyleFileText, StyleCache, STYLE_FILE_NAMES } from './config/load';
export { createSpeller, SpellingSetupError } from './spelling/index';
export { draftWordFix } from './spelling/draft-words';
export { spellingNotChecked } from './spelling/draft-note';
export type { Speller, SpellerOptions } from './spelling/index';
export { LineIndex, splitLines, dominantEol } from './text/lines';
export type { Line, Position } from './text/lines';
