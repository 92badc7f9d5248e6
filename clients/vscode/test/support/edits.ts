// Applies LSP text edits and workspace edits to plain text, as an editor would.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

function offset(text: string, line: number, character: number): number {
    let at = 0;
    for (let l = 0; l < line; l++) {
        const next = text.indexOf('\n', at);
        if (next < 0) return text.length;
        at = next + 1;
    }
    const end = text.indexOf('\n', at);
    return Math.min(at + character, end < 0 ? text.length : end);
}

/** Edits of one document, applied from the last to the first so earlier offsets stay valid. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
    const located = edits.map((e, i) => ({
        start: offset(text, e.range.start.line, e.range.start.character),
        end: offset(text, e.range.end.line, e.range.end.character),
        newText: e.newText,
        i,
    }));
    located.sort((a, b) => b.start - a.start || b.i - a.i);
    for (const e of located) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    return text;
}

/** The edits a workspace edit makes to one document (from `changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
    const out: TextEdit[] = [];
    if (edit.changes?.[uri]) out.push(...edit.changes[uri]);
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
    }
    return out;
}
