// What the client's middleware lets through to the server. No 'vscode' import: the node tests run this directly.
import type { Settings } from './settings';

/**
 * Whether a formatting request reaches the server. Prisma's own extension formats Prisma schemas, so ours does
 * only when asked to; "schemawise.format.enable" turns schemawise formatting off altogether.
 */
export function allowFormatting(languageId: string, settings: Settings): boolean {
    if (!settings.formatEnable) return false;
    return languageId !== 'prisma' || settings.prismaFormatting;
}

/** Whether a completion request reaches the server: Prisma's extension completes Prisma schemas already. */
export function allowCompletion(languageId: string, settings: Settings): boolean {
    return languageId !== 'prisma' || settings.prismaCompletion;
}

export const FIX_ALL_COMMAND = 'schemawise.fixAll';
export const GENERATE_DOC_COMMAND = 'schemawise.generateDoc';

/**
 * The arguments of the server's schemawise.generateDoc: the document whose schema to describe. From the command
 * palette that is the active editor's document when it is SQL or Prisma; with none, the server picks the schema.
 */
export function generateDocArguments(args: unknown[], active: { uri: string; languageId: string } | undefined): unknown[] {
    return fixAllArguments(args, active) ?? [];
}

/**
 * The arguments of the server's schemawise.fixAll, which takes the document URI. From the command palette the
 * command comes without one: then it is the active editor's document, when that is SQL or Prisma. Undefined
 * means there is nothing to fix.
 */
export function fixAllArguments(args: unknown[], active: { uri: string; languageId: string } | undefined): unknown[] | undefined {
    if (args.length > 0) return args;
    if (!active || (active.languageId !== 'sql' && active.languageId !== 'prisma')) return undefined;
    return [active.uri];
}
