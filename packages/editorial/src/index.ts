export { ALLOWED_LINKS, WEB_ADDRESS_HINT, classifyLink, isWebAddress, type LinkKind } from './links';
export { fieldLabel, fieldPathLabel, type FieldPath } from './labels';
export * from './readability';
export { ukDateTime, ukDateTimeShort } from './schedule';
