import { SLUG_RULE } from '@guildhall/paths';

/** Ends every slug field's description: the admin's own message for a slug it refuses only says it does not match. */
export const SLUG_HINT = `Only ${SLUG_RULE}.`;
