/**
 * A refusal about the PGlite data folder (busy, stuck lock, not a valid database): its message is one
 * Vietnamese line for the operator naming the folder and what to do, so the command line prints the
 * message alone, without a stack trace.
 */
export class DataDirError extends Error {
  readonly dir: string;
  constructor(dir: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.dir = dir;
  }
}
