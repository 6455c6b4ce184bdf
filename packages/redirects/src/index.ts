export {
  canonicalPath,
  isExternal,
  normaliseFrom,
  normaliseTo,
  pathOf,
  RedirectRuleError,
} from './normalise';
export { planMove, planRedirect, type MovePlan, type RedirectPlan, type StoredRedirect } from './chains';
export {
  parseRedirectsFile,
  redirectsFile,
  REDIRECTS_FILE_NAME,
  statusOf,
  type Redirect,
  type RedirectRule,
  type RedirectStatus,
} from './file';
