export {
  SEVERITY_LABEL,
  SEVERITY_ORDER,
  describeFinding,
  type Finding,
  type Problem,
  type Severity,
} from './findings';
export { DEFAULT_READING_AGE_TARGET, type ReadingLevel } from './checks/reading-age';
export {
  reviewBlocks,
  reviewEntry,
  reviewText,
  type ComponentSchemas,
  type Review,
  type ReviewOptions,
  type SchemaAttributes,
} from './review';
