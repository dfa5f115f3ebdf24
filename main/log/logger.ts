/** Structured logs: one JSON object a line, to a sink the host chooses (stderr, a file, a test buffer). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export type LogSink = (line: string) => void;

export function createLogger(scope: string, sink: LogSink, now: () => number = Date.now): Logger {
  const write = (level: LogLevel, event: string, fields?: Record<string, unknown>) => {
    sink(JSON.stringify({ at: new Date(now()).toISOString(), level, scope, event, ...fields }));
  };
  return {
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = createLogger('silent', () => undefined);
