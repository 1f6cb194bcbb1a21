import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad usage: printed with the command's usage line; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** What every command gets: its own arguments and the global flags. */
export interface CommandContext {
  argv: string[];
  json: boolean;
  configPath: string | undefined;
  /** `--embedding-model DIR|none`: overrides the config's search model. */
  embeddingModel?: string | false;
  io: CliIo;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into UsageErrors. `positionals: false` rejects any. */
export function parseCommandArgs<const O extends OptionsConfig>(argv: string[], options: O, positionals = true) {
  let parsed;
  try {
    parsed = parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!positionals && parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  return parsed;
}

/** Prints `value` as JSON with --json, else the human rendering. */
export function emit(context: CommandContext, value: unknown, human: () => string): void {
  context.io.out(context.json ? JSON.stringify(value, null, 2) : human());
}

export function table(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
