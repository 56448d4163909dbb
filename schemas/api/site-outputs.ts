// The shapes of the machine-readable files the site publishes outside /api/v1 (badge JSON, the
// JSON Feed), so the OpenAPI document can describe them beside the API. They follow formats
// defined elsewhere (shields.io, jsonfeed.org): these schemas state the part of those formats the
// site writes, and the tests hold the built files to them.
import { z } from 'zod';

export const ShieldsBadgeSchema = z
  .strictObject({
    schemaVersion: z.literal(1).meta({ description: 'The shields.io endpoint format version, always 1.' }),
    label: z.string().meta({ description: 'The left side of the badge, e.g. the program name.' }),
    message: z.string().meta({ description: 'The right side: the tier or certification, or the status when it is not current.' }),
    color: z.string().meta({ description: 'The colour of the message side, as hex without "#".' }),
    labelColor: z.string().meta({ description: 'The colour of the label side, as hex without "#".' }),
    isError: z.boolean().meta({ description: 'True when the badge states something no longer current (expired, revoked).' }),
    cacheSeconds: z.int().meta({ description: 'How long shields.io may cache the badge.' }),
  })
  .meta({ id: 'ShieldsBadge', description: 'A badge in the shields.io endpoint format (https://shields.io/badges/endpoint-badge).' });

const feedItem = z
  .object({
    id: z.string().meta({ description: 'A stable id of the entry.' }),
    url: z.url().optional().meta({ description: 'The page the entry is about.' }),
    title: z.string().optional().meta({ description: 'The entry as a line of plain text.' }),
    content_html: z.string().optional().meta({ description: 'The summary, as HTML.' }),
    date_published: z.string().optional().meta({ description: 'When it happened, RFC 3339.' }),
    date_modified: z.string().optional().meta({ description: 'When the entry last changed, RFC 3339.' }),
    tags: z.array(z.string()).optional().meta({ description: 'The type of the change event, e.g. partner.joined (see changes.json).' }),
  })
  .meta({ description: 'One entry: a change event of the program (changes.json), with a readable title.' });

export const JsonFeedSchema = z
  .object({
    version: z.string().meta({ description: 'The JSON Feed version URL.' }),
    title: z.string().meta({ description: 'The feed title.' }),
    home_page_url: z.url().optional().meta({ description: "The program's home page." }),
    feed_url: z.url().optional().meta({ description: "The feed's own address." }),
    description: z.string().optional().meta({ description: "The program's tagline." }),
    items: z.array(feedItem).meta({ description: 'The entries, newest first.' }),
  })
  .meta({ id: 'JsonFeed', description: 'The fields of JSON Feed (https://jsonfeed.org) the site writes; readers ignore any others.' });
