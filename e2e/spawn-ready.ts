import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface ReadyProcess {
  /** The `url` of the ready line. */
  url: string;
  /** The whole ready line, parsed. */
  ready: Record<string, unknown>;
  /** Everything the process wrote to stderr: attached to a failed test. */
  log(): string;
  /** SIGTERM, then wait for the exit (the servers shut down gracefully); SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/**
 * Starts one of the project's Node entry points (`node <args>` with the pinned Node) and waits for the
 * JSON line it prints on stdout when it listens, `{"event":"<readyEvent>","url":…}`.
 */
export async function spawnUntilReady(
  args: readonly string[],
  options: { readyEvent: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ReadyProcess> {
  const child: ChildProcess = spawn(process.execPath, [...args], {
    cwd: root,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`${args[0]} did not start:\n${stderr}`)),
      options.timeoutMs ?? 60_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.includes(`"${options.readyEvent}"`));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as Record<string, unknown>);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args[0]} exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url: String(ready.url),
    ready,
    log: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
