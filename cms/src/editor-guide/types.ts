import type { UID } from '@strapi/strapi';

/** What editors see in the admin for one content type (or, with UID.Component, one component). */
export interface EditorGuide<Uid extends UID.ContentType | UID.Component = UID.ContentType> {
  uid: Uid;
  /** The field shown as the entry's name in lists and relation pickers. */
  mainField?: string;
  /** List view: columns, in order, and the default sort. */
  list?: { columns: string[]; sortBy: string; order: 'ASC' | 'DESC' };
  /** One sentence or two per field: what it is for and where it appears on the site. */
  fields: Record<string, string>;
  /** Fields the CMS keeps up to date itself: shown, not editable. */
  readOnly?: string[];
  /** Fields the CMS fills in itself: described, never editable, and left out of the edit form. */
  systemFields?: string[];
}
