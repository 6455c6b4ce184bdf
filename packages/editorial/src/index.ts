export { ALLOWED_LINKS, WEB_ADDRESS_HINT, classifyLink, isWebAddress, type LinkKind } from './links';
export { fieldLabel, fieldPathLabel, type FieldPath } from './labels';
export * from './readability';
export { SCHEDULE_SYSTEM_FIELDS, ukDateTime, ukDateTimeShort } from './schedule';
