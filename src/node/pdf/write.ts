import { rmSync } from 'node:fs';
import { rename, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so that a failure or an
 * interruption never leaves a half-written PDF where the last good one was. Should the process exit mid-write (Ctrl+C,
 * SIGTERM), the temporary file goes with it.
 */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const removePartial = () => {
    rmSync(partial, { force: true });
  };
  process.once('exit', removePartial);
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    process.off('exit', removePartial);
  }
}
