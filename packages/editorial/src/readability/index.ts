export {
  SEVERITY_LABEL,
  SEVERITY_ORDER,
  blocksPublishing,
  describeFinding,
  type Finding,
  type Problem,
  type Severity,
} from './findings';
export { checkAltText } from './checks/images';
export { DEFAULT_READING_AGE_TARGET, type ReadingLevel } from './checks/reading-age';
export {
  isReviewedType,
  reviewBlocks,
  reviewEntry,
  reviewText,
  type ComponentSchemas,
  type Review,
  type ReviewOptions,
  type SchemaAttributes,
} from './review';
