import type { Core } from '@strapi/strapi';
import {
  ALLOWED_LINKS,
  WEB_ADDRESS_HINT,
  blocksPublishing,
  checkAltText,
  classifyLink,
  describeFinding,
  fieldPathLabel,
  isWebAddress,
  reviewBlocks,
} from '@guildhall/editorial';
import { SLUG_RULE, isSlug } from '@guildhall/paths';
import type { Found } from './walk';

const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (value && typeof value === 'object' && 'type' in value) {
    const node = value as { text?: unknown; children?: unknown; type?: unknown };
    return node.type === 'image' || hasText(node.text) || hasText(node.children);
  }
  return value !== null && value !== undefined;
};

/** Strapi accepts an empty string or empty rich text for a required field; the site cannot. */
export function checkRequired(found: Found): string[] {
  return hasText(found.value)
    ? []
    : [`${fieldPathLabel(found.path)} is required: fill it in before publishing.`];
}

export function checkUrl(found: Found): string[] {
  if (typeof found.value !== 'string' || found.value.trim() === '') return [];
  if (isWebAddress(found.value)) return [];
  return [`${fieldPathLabel(found.path)}: "${found.value}" is not a web address. ${WEB_ADDRESS_HINT}`];
}

/**
 * Strapi checks a uid field's "regex" only when publishing, and words a mismatch as the
 * pattern itself; this says what a slug may be on every save, drafts included.
 */
export function checkSlug(found: Found): string[] {
  if (typeof found.value !== 'string' || found.value === '' || isSlug(found.value)) return [];
  return [
    `${fieldPathLabel(found.path)}: "${found.value}" cannot be part of a web address: use ${SLUG_RULE}.`,
  ];
}

interface RichNode {
  type?: unknown;
  url?: unknown;
  children?: unknown;
}

function* richNodes(nodes: unknown): Generator<RichNode> {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes as RichNode[]) {
    yield node;
    yield* richNodes(node.children);
  }
}

const nodeText = (node: RichNode): string =>
  [...richNodes(node.children)].map((child) => (child as { text?: unknown }).text ?? '').join('');

export function checkRichTextLinks(found: Found): string[] {
  return [...richNodes(found.value)]
    .filter((node) => node.type === 'link' && (typeof node.url !== 'string' || !classifyLink(node.url)))
    .map(
      (node) =>
        `${fieldPathLabel(found.path)}: the link "${nodeText(node)}" goes to "${String(node.url)}", which the site cannot link to. ` +
        `Use ${ALLOWED_LINKS}.`,
    );
}

/**
 * The accessibility problems that block publishing (pictures without alternative text,
 * empty headings, links that only say "click here"), by the checks the admin's
 * "Readability and accessibility" panel shows as the editor types.
 */
export function checkRichTextAccessibility(found: Found): string[] {
  // Anything but a list of blocks is Strapi's own validation's to refuse.
  if (!Array.isArray(found.value)) return [];
  try {
    return reviewBlocks(found.value, fieldPathLabel(found.path))
      .filter(blocksPublishing)
      .map(describeFinding);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

interface UploadedFile {
  name?: string;
  alternativeText?: string | null;
}

async function loadFile(strapi: Core.Strapi, reference: unknown): Promise<UploadedFile | null> {
  if (reference && typeof reference === 'object' && 'alternativeText' in reference)
    return reference as UploadedFile;
  const id =
    typeof reference === 'object' && reference !== null ? (reference as { id?: unknown }).id : reference;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  const where = typeof id === 'number' || /^\d+$/.test(id) ? { id: Number(id) } : { documentId: id };
  return strapi.db.query('plugin::upload.file').findOne({ where });
}

export async function checkImageAltText(strapi: Core.Strapi, found: Found): Promise<string[]> {
  const references = Array.isArray(found.value) ? found.value : [found.value];
  const problems: string[] = [];
  for (const reference of references) {
    const file = await loadFile(strapi, reference);
    if (file) {
      const field = fieldPathLabel(found.path);
      const findings = checkAltText(file.alternativeText, file.name).map((problem) => ({
        ...problem,
        field,
      }));
      problems.push(...findings.filter(blocksPublishing).map(describeFinding));
    }
  }
  return problems;
}
