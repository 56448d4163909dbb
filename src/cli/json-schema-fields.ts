// Every field a JSON Schema describes, found wherever it is nested: under properties, list items,
// alternatives (anyOf/oneOf/allOf) and shared definitions ($defs). The content reference lists
// them, and a test requires each to have a description.

/** The part of a JSON Schema (draft 2020-12, as zod writes it) that the walk reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode | JsonSchemaNode[];
  prefixItems?: JsonSchemaNode[];
  additionalProperties?: boolean | JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  $defs?: Record<string, JsonSchemaNode>;
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface SchemaField {
  /** Where it is written in a file: `tiers[].requirements[].measure.count`. */
  path: string;
  schema: JsonSchemaNode;
  /** Whether the object holding it requires it. */
  required: boolean;
}

/** The fields of a schema, each before the fields nested in it, in the order the schema lists them. */
export function schemaFields(root: JsonSchemaNode): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (node: JsonSchemaNode, at: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = at ? `${at}.${name}` : name;
      fields.push({ path, schema: child, required: node.required?.includes(name) ?? false });
      visit(child, path);
    }
    const items = [...(Array.isArray(node.items) ? node.items : node.items ? [node.items] : []), ...(node.prefixItems ?? [])];
    for (const item of items) visit(item, `${at}[]`);
    if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${at}.*`);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(branch, at);
    for (const [name, definition] of Object.entries(node.$defs ?? {})) visit(definition, `$defs.${name}`);
  };
  visit(root, '');
  return fields;
}
