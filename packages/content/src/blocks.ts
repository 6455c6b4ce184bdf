import { z } from 'zod';

// Strapi 5 "blocks" rich text, as the GraphQL API returns it (a JSON scalar).
// Unknown node types are rejected here, so they fail the build instead of vanishing.

export const textNodeSchema = z
  .object({
    type: z.literal('text'),
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    code: z.boolean().optional(),
  })
  .strict();
export type TextNode = z.infer<typeof textNodeSchema>;

export const linkNodeSchema = z
  .object({
    type: z.literal('link'),
    url: z.string(),
    // The editor's link dialog can store these; the site decides rel and target itself.
    rel: z.string().nullish(),
    target: z.string().nullish(),
    children: z.array(textNodeSchema),
  })
  .strict();
export type LinkNode = z.infer<typeof linkNodeSchema>;

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

export const paragraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  children: z.array(inlineNodeSchema),
});
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  children: z.array(inlineNodeSchema),
});
export type HeadingBlock = z.infer<typeof headingBlockSchema>;

export const listItemNodeSchema = z.object({
  type: z.literal('list-item'),
  children: z.array(inlineNodeSchema),
});
export type ListItemNode = z.infer<typeof listItemNodeSchema>;

// A nested list sits among the list items of its parent, as the Strapi editor stores it.
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (ListItemNode | ListBlock)[];
}
export const listBlockSchema: z.ZodType<ListBlock> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().min(0).optional(),
    children: z.array(z.union([listItemNodeSchema, listBlockSchema])),
  }),
);

export const quoteBlockSchema = z.object({
  type: z.literal('quote'),
  children: z.array(inlineNodeSchema),
});
export type QuoteBlock = z.infer<typeof quoteBlockSchema>;

export const codeBlockSchema = z.object({
  type: z.literal('code'),
  language: z.string().optional(),
  children: z.array(textNodeSchema),
});
export type CodeBlock = z.infer<typeof codeBlockSchema>;

export const blockImageSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullish(),
  caption: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
});
export type BlockImage = z.infer<typeof blockImageSchema>;

export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: blockImageSchema,
  children: z.array(inlineNodeSchema).optional(),
});
export type ImageBlock = z.infer<typeof imageBlockSchema>;

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock | ImageBlock;

const blockTypes = ['paragraph', 'heading', 'list', 'quote', 'code', 'image'] as const;

// A plain union would report an unknown type as a vague "invalid input";
// checking the type first names the offending block type in the error.
export const blockSchema: z.ZodType<Block, z.ZodTypeDef, unknown> = z
  .object({ type: z.string() })
  .passthrough()
  .superRefine((value, ctx) => {
    if (!(blockTypes as readonly string[]).includes(value.type)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `unknown rich-text block type "${value.type}" (known: ${blockTypes.join(', ')})`,
        path: ['type'],
      });
    }
  })
  .pipe(
    z.union([
      paragraphBlockSchema,
      headingBlockSchema,
      listBlockSchema,
      quoteBlockSchema,
      codeBlockSchema,
      imageBlockSchema,
    ]),
  );

export const blocksSchema = z.array(blockSchema);
export type Blocks = Block[];
