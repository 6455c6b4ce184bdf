import type { Core, Schema, UID } from '@strapi/strapi';
import { fieldLabel } from '@guildhall/editorial';
import { componentGuides, contentTypeGuides, type EditorGuide } from '../editor-guide';

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

interface ConfigurationService {
  findConfiguration(schema: Schema.ContentType | Schema.Component): Promise<Configuration>;
  updateConfiguration(schema: Schema.ContentType | Schema.Component, config: Configuration): Promise<unknown>;
}

type AnyGuide = EditorGuide<UID.ContentType | UID.Component>;

function guided(configuration: Configuration, guide: AnyGuide, schema: Schema.Schema): Configuration {
  const missing = Object.keys(guide.fields).filter((field) => !(field in schema.attributes));
  if (missing.length > 0)
    throw new Error(`editor guide for ${guide.uid}: unknown field(s) ${missing.join(', ')}`);

  const metadatas = { ...configuration.metadatas };
  for (const [field, description] of Object.entries(guide.fields)) {
    const current = metadatas[field] ?? {};
    const label = fieldLabel(field);
    const editable = !guide.readOnly?.includes(field);
    metadatas[field] = {
      ...current,
      edit: { ...current.edit, label, description, editable },
      list: { ...current.list, label },
    };
  }
  const systemFields = new Set(guide.systemFields);
  for (const field of systemFields) {
    const current = metadatas[field] ?? {};
    metadatas[field] = { ...current, edit: { ...current.edit, editable: false, visible: false } };
  }
  const edit = configuration.layouts.edit
    .map((row) => row.filter((cell) => !systemFields.has(cell.name)))
    .filter((row) => row.length > 0);
  const settings = { ...configuration.settings };
  if (guide.mainField) settings.mainField = guide.mainField;
  if (guide.list)
    Object.assign(settings, { defaultSortBy: guide.list.sortBy, defaultSortOrder: guide.list.order });
  const list = guide.list ? guide.list.columns : configuration.layouts.list;
  return { ...configuration, settings, metadatas, layouts: { ...configuration.layouts, list, edit } };
}

async function apply(
  service: ConfigurationService,
  schema: Schema.ContentType | Schema.Component,
  guide: AnyGuide,
) {
  const current = await service.findConfiguration(schema);
  const wanted = guided(current, guide, schema);
  if (JSON.stringify(wanted) !== JSON.stringify(current)) await service.updateConfiguration(schema, wanted);
}

/** Field descriptions and list views in the admin, kept in code so every database gets them. */
export async function applyEditorGuide(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  const components = contentManager.service('components') as ConfigurationService;

  for (const guide of contentTypeGuides) {
    await apply(contentTypes, strapi.contentType(guide.uid), guide);
  }
  for (const guide of componentGuides) {
    await apply(components, strapi.components[guide.uid], guide);
  }
}
