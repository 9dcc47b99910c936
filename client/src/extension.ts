// placeholder: the client lands in its own change
export function activate(): void {}
export function deactivate(): void {}
