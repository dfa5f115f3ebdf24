import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. The
 * server and the admin CLI therefore take `server.lock` (holding the owner's pid) in the data folder first.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

export class DataDirBusyError extends Error {
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng (máy chủ đang chạy?). ` +
        'Dừng máy chủ trước, hoặc dùng DATABASE_URL với PostgreSQL.',
    );
    this.name = 'DataDirBusyError';
    this.pid = pid;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'server.lock');
  try {
    await writeFile(path, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number((await readFile(path, 'utf8')).trim());
    if (isAlive(holder)) throw new DataDirBusyError(dir, holder);
    await writeFile(path, String(process.pid));
  }
  return { release: () => rm(path, { force: true }) };
}
