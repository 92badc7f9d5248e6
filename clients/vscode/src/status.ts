// The status bar item's look for each server state. No 'vscode' import: the node tests run this directly.
export type ServerState = 'starting' | 'running' | 'stopped' | 'error';

export function statusView(state: ServerState, detail?: string): { text: string; tooltip: string; error: boolean } {
    switch (state) {
        case 'starting':
            return { text: '$(sync~spin) schemawise', tooltip: 'schemawise: the server is starting', error: false };
        case 'running':
            return { text: '$(check) schemawise', tooltip: `schemawise: the server is running${detail ? ` (${detail})` : ''}`, error: false };
        case 'stopped':
            return { text: '$(circle-slash) schemawise', tooltip: 'schemawise: the server is stopped; click for the output, or run "schemawise: Restart Server"', error: false };
        case 'error':
            return { text: '$(error) schemawise', tooltip: `schemawise: ${detail ?? 'the server failed'}; click for the output`, error: true };
    }
}
