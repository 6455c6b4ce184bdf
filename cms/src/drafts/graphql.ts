import { Kind, parse, visit, type DocumentNode, type ValueNode } from 'graphql';

// How a GraphQL request asks for drafts: Strapi's `status` argument set to DRAFT,
// on any field, written in the document or passed through a variable (its value
// in `variables`, else its default). Every operation in the document counts, not
// only the one that would run, and every request in a batch.

type Variables = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDraftValue = (value: unknown): boolean =>
  value === 'DRAFT' || (Array.isArray(value) && value.some(isDraftValue));

/** `variables` as Apollo reads it: an object, or JSON text (GET parameters, form bodies). */
function variablesFrom(value: unknown): Variables {
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function documentAsksForDrafts(query: string, variables: Variables): boolean {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false; // GraphQL refuses a document it cannot parse; nothing of it runs.
  }

  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  const isDraft = (value: ValueNode): boolean => {
    if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value === 'DRAFT';
    if (value.kind === Kind.LIST) return value.values.some(isDraft);
    if (value.kind !== Kind.VARIABLE) return false;
    const name = value.name.value;
    if (Object.hasOwn(variables, name)) return isDraftValue(variables[name]);
    const fallback = defaults.get(name);
    return fallback !== undefined && isDraft(fallback);
  };

  let asks = false;
  visit(document, {
    Argument(node) {
      if (node.name.value === 'status' && isDraft(node.value)) asks = true;
    },
  });
  return asks;
}

/**
 * True when the HTTP request asks for drafts: a POST body (one request or a batch),
 * or the `query` and `variables` search parameters of a GET.
 */
export function graphqlRequestAsksForDrafts(body: unknown, search: URLSearchParams): boolean {
  const requests = (Array.isArray(body) ? body : [body]).filter(isRecord);
  const searchVariables = search.getAll('variables');
  for (const query of search.getAll('query')) {
    for (const variables of searchVariables.length > 0 ? searchVariables : [undefined]) {
      requests.push({ query, variables });
    }
  }
  return requests.some(
    ({ query, variables }) =>
      typeof query === 'string' && documentAsksForDrafts(query, variablesFrom(variables)),
  );
}
