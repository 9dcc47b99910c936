/** The status bar item: the house style in effect for the active draft and its finding count. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('presslint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, StatusParams>();

  constructor() {
    this.item.name = 'presslint';
    this.item.command = 'presslint.showOutput';
  }

  /** The server linted a document. */
  update(params: StatusParams): void {
    const previous = this.statuses.get(params.uri);
    // Spelling joins a few milliseconds after the structural findings: until it does, keep the
    // last complete count rather than make the number jump on every keystroke.
    const findings = params.pending && previous && !previous.pending && previous.state === params.state ? previous.findings : params.findings;
    this.statuses.set(params.uri, { ...params, findings, pending: params.pending && findings === params.findings });
    this.render();
  }

  forget(uri: string): void {
    this.statuses.delete(uri);
    this.render();
  }

  /** The server restarts: what it said no longer holds. */
  clear(): void {
    this.statuses.clear();
    this.render();
  }

  /** Shows the active editor's status, or hides the item when presslint does not check it. */
  render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.statuses.get(uri) : undefined;
    if (!status || status.state === 'disabled') {
      this.item.hide();
      return;
    }
    const style = status.styleFile ? vscode.workspace.asRelativePath(status.styleFile) : status.style;
    this.item.backgroundColor = undefined;
    if (status.state === 'too-large') {
      this.item.text = '$(circle-slash) presslint';
      this.item.tooltip = 'presslint: this draft is over presslint.maxFileSize and is not checked.';
    } else {
      const count = status.findings === 0 ? '$(check)' : `$(warning) ${status.findings}`;
      this.item.text = `${count} presslint`;
      const findings = `${status.findings} finding${status.findings === 1 ? '' : 's'}${status.pending ? ' (spelling still checking)' : ''}`;
      this.item.tooltip = `presslint: house style ${style}\n${findings}`;
      if (status.state === 'style-error') {
        this.item.text = `$(error) ${this.item.text}`;
        this.item.tooltip = `presslint: the house style ${style} has errors; drafts are checked with its last good version.\n${findings}`;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      }
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
