// Where each part of the product listens when nothing says otherwise. Every default
// address in the code comes from here, so moving a port is a one-line change. Plain
// JavaScript, so `pnpm start` reads it with `node` before anything is built.

export const DEFAULT_PORTS = /** @type {const} */ ({
  /** The CMS: admin, API and GraphQL. */
  cms: 1337,
  /** The live site, as visitors see it. */
  site: 4321,
  /** The rebuild service's own address: the CMS webhook and the build status. Never public. */
  rebuilder: 4322,
  /** Draft previews, shown inside the CMS admin. */
  preview: 4323,
});

/** @typedef {keyof typeof DEFAULT_PORTS} ProductPart */

/**
 * "http://localhost:1337" for the CMS, and so on.
 * @param {ProductPart} part
 * @param {number} [port]
 * @returns {string}
 */
export const localUrl = (part, port = DEFAULT_PORTS[part]) => `http://localhost:${port}`;
