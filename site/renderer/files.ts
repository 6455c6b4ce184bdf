import { randomUUID } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// File writing for build folders. A build folder made from the live one shares its
// files by hard link, so a file is never written in place: writing into a shared file
// would change the live site, and every earlier build, at once.

export const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** Writes a file beside the old one and renames it over: the old file (maybe shared) is left as it was. */
export async function replaceFile(file: string, body: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${randomUUID()}`;
  await writeFile(temporary, body);
  await rename(temporary, file);
}
