// Where each part of the product listens when nothing says otherwise. Every default
// address in the code comes from here, so moving a port is a one-line change.

export const DEFAULT_PORTS = {
  /** The CMS: admin, API and GraphQL. */
  cms: 1337,
  /** The live site, as visitors see it. */
  site: 4321,
  /** The rebuild service's own address: the CMS webhook and the build status. Never public. */
  rebuilder: 4322,
  /** Draft previews, shown inside the CMS admin. */
  preview: 4323,
} as const;

export type ProductPart = keyof typeof DEFAULT_PORTS;

/** "http://localhost:1337" for the CMS, and so on. */
export const localUrl = (part: ProductPart, port: number = DEFAULT_PORTS[part]): string =>
  `http://localhost:${port}`;
