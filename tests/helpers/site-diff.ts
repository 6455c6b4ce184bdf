import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** How two built sites differ, as sorted file paths relative to each site's folder ("news/x/index.html"). */
export interface SiteDifference {
  onlyInA: string[];
  onlyInB: string[];
  /** Files both sites have, with different bytes. */
  different: string[];
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Compares two site folders (e.g. the live build's `client/` and a full build's) file by file
 * and byte by byte; identical sites give three empty lists.
 */
export function compareSites(a: string, b: string): SiteDifference {
  const inA = filesUnder(a);
  const inB = filesUnder(b);
  const [setA, setB] = [new Set(inA), new Set(inB)];
  const inBoth = inA.filter((file) => setB.has(file));
  return {
    onlyInA: inA.filter((file) => !setB.has(file)),
    onlyInB: inB.filter((file) => !setA.has(file)),
    different: inBoth.filter(
      (file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))),
    ),
  };
}

/** How many files differ or exist on one side only: the drift between two builds of the same content. */
export const driftOf = ({ onlyInA, onlyInB, different }: SiteDifference): number =>
  onlyInA.length + onlyInB.length + different.length;
