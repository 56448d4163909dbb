// The modules the Partnerkit integration provides (src/integrations/virtual-modules.ts).

declare module 'virtual:partnerkit/model' {
  /** The model of this build: everything pages show that is not a case-study or news body. */
  export const model: import('./model/model-types.ts').Model;
  /** Generated files the site serves (optimised logos): site path → cached file. */
  export const files: ReadonlyMap<string, string>;
  /** The brand files validate checked (the toolkit publishes only these, with the same bytes). */
  export const publishedBrandFiles: ReadonlyArray<import('./loader/published-files.ts').PublishedRecord>;
}

declare module 'virtual:partnerkit/bodies' {
  /** The content folder, absolute. */
  export const root: string;
  /** The entries of each kind written with bodies (case studies, news posts), by its field of Content. */
  export const collections: import('./loader/content-kinds.ts').ProseContent;
}
