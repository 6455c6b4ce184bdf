import { readFileSync } from 'node:fs';
import { siteFiles } from './built-site';

export interface SiteDifference {
  onlyInA: string[];
  onlyInB: string[];
  /** Files both have, with different bytes. */
  different: string[];
}

/** How two site folders differ, file by file and byte by byte. */
export function compareSites(a: string, b: string): SiteDifference {
  const inA = new Set(siteFiles(a));
  const inB = new Set(siteFiles(b));
  return {
    onlyInA: [...inA].filter((file) => !inB.has(file)).sort(),
    onlyInB: [...inB].filter((file) => !inA.has(file)).sort(),
    different: [...inA]
      .filter((file) => inB.has(file) && !readFileSync(`${a}/${file}`).equals(readFileSync(`${b}/${file}`)))
      .sort(),
  };
}
