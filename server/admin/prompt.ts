import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Ask } from './admin-options.ts';

/**
 * Answers to the admin CLI's questions (passwords) from the terminal, not echoed; or, when stdin is not
 * a terminal (a script piping them in), one line of stdin per question, in order.
 */
export interface Asker {
  ask: Ask;
  close(): void;
}

function hiddenLine(input: NodeJS.ReadStream, output: Writable, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    let typed = '';
    input.setRawMode(true);
    input.resume();
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') {
          done();
          reject(new Error('interrupted'));
          return;
        }
        if (char === '\r' || char === '\n') {
          done();
          resolve(typed);
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    const done = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    input.on('data', onData);
  });
}

function pipedLines(input: Readable, output: Writable): Asker {
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let ended = false;
  const reader = createInterface({ input, terminal: false });
  reader.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  reader.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next('');
  });
  return {
    ask: async (_option, question) => {
      // The question still shows (on stderr), so a log of the run says what each line answered.
      output.write(`${question}\n`);
      const line = lines.shift();
      if (line !== undefined) return line;
      if (ended) return '';
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => reader.close(),
  };
}

export function stdinAsker(
  input: NodeJS.ReadStream = process.stdin,
  output: Writable = process.stderr,
): Asker {
  if (!input.isTTY) {
    let piped: Asker | null = null;
    return {
      ask: (option, question) => (piped ??= pipedLines(input, output)).ask(option, question),
      close: () => piped?.close(),
    };
  }
  return { ask: (_option, question) => hiddenLine(input, output, question), close: () => undefined };
}
