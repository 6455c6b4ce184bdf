import { randomUUID } from 'node:crypto';
import { access, mkdir, open, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// File writing for build folders. A build folder made from the live one shares its
// files by hard link, so a file is never written in place: writing into a shared file
// would change the live site, and every earlier build, at once.

export const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Writes a file beside the old one and renames it over: the old file (maybe shared) is left
 * as it was. A body in pieces is written as it is, in one call, never joined in memory first.
 */
export async function replaceFile(
  file: string,
  body: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${randomUUID()}`;
  if (typeof body === 'string' || body instanceof Uint8Array) await writeFile(temporary, body);
  else await writePieces(temporary, body);
  await rename(temporary, file);
}

async function writePieces(file: string, pieces: readonly Uint8Array[]): Promise<void> {
  const handle = await open(file, 'w');
  try {
    const { bytesWritten } = await handle.writev([...pieces]);
    const length = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
    if (bytesWritten !== length) throw new Error(`${file}: wrote ${bytesWritten} of ${length} bytes`);
  } finally {
    await handle.close();
  }
}
