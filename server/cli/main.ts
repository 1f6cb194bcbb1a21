import { ConfigError, isExecutorError } from '../../core/index.js';
import { processIo, UsageError, type CliIo, type CommandContext } from './cli-io.js';
import { approveCommand, approveUsage, denyCommand, denyUsage, resumeCommand, resumeUsage } from './commands/approvals.js';
import { callCommand, callUsage, describeCommand, describeUsage, searchCommand, searchUsage } from './commands/catalog.js';
import { connectionsCommand, connectionsUsage } from './commands/connections.js';
import { policiesCommand, policiesUsage } from './commands/policies.js';
import { runCommand, runUsage } from './commands/run.js';
import { runsCommand, runsUsage } from './commands/runs.js';
import { serveCommand, serveUsage } from './commands/serve.js';
import { sourcesCommand, sourcesUsage } from './commands/sources.js';

type Command = (context: CommandContext) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  serve: { run: serveCommand, usage: serveUsage },
  sources: { run: sourcesCommand, usage: sourcesUsage },
  connections: { run: connectionsCommand, usage: connectionsUsage },
  search: { run: searchCommand, usage: searchUsage },
  describe: { run: describeCommand, usage: describeUsage },
  call: { run: callCommand, usage: callUsage },
  run: { run: runCommand, usage: runUsage },
  runs: { run: runsCommand, usage: runsUsage },
  policies: { run: policiesCommand, usage: policiesUsage },
  approve: { run: approveCommand, usage: approveUsage },
  resume: { run: resumeCommand, usage: resumeUsage },
  deny: { run: denyCommand, usage: denyUsage },
};

const HELP = `executor-mcp — one MCP server in front of every operation your company can call

Usage:
${Object.values(COMMANDS).map((c) => c.usage.replace(/^/gm, '  ')).join('\n')}

Global flags:
  --config PATH   executor.json (default: $EXECUTOR_HOME/executor.json, EXECUTOR_HOME defaults to ~/.executor)
  --embedding-model DIR|none
                  search's embedding model: a transformers.js model folder, or none for words only
  --json          machine-readable output
  --help          this text
`;

/** Runs the CLI; resolves to the exit code. 0 ok, 1 the operation failed, 2 bad usage or config. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let flags: ReturnType<typeof extractGlobalFlags>;
  try {
    flags = extractGlobalFlags(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { rest, json, configPath, embeddingModel, help } = flags;
  if (help) {
    io.out(HELP);
    return 0;
  }
  const [name = 'serve', ...args] = rest;
  const command = COMMANDS[name.startsWith('--') ? 'serve' : name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const commandArgs = name.startsWith('--') ? rest : args;
  try {
    return await command.run({ argv: commandArgs, json, configPath, ...(embeddingModel === undefined ? {} : { embeddingModel }), io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nusage:\n${command.usage.replace(/^/gm, '  ')}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    if (isExecutorError(error)) {
      io.err(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function extractGlobalFlags(argv: readonly string[]) {
  const rest: string[] = [];
  let json = false;
  let help = false;
  let configPath: string | undefined;
  let embeddingModel: string | false | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--config') {
      configPath = argv[++i];
      if (configPath === undefined) throw new UsageError('--config needs a path');
    } else if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else if (arg === '--embedding-model' || arg.startsWith('--embedding-model=')) {
      const value = arg === '--embedding-model' ? argv[++i] : arg.slice('--embedding-model='.length);
      if (value === undefined || value === '') throw new UsageError('--embedding-model needs a model folder, or none');
      embeddingModel = value === 'none' ? false : value;
    } else rest.push(arg);
  }
  return { rest, json, help, configPath, embeddingModel };
}
