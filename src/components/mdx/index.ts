// The components MDX content may use: exactly the allow-list the loader enforces (the
// `satisfies` makes `astro check` fail if one is missing or extra).
import type { AllowedComponent } from '../../loader/check-mdx.ts';
import Callout from './Callout.astro';
import Metric from './Metric.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Callout, Quote, Metric } satisfies Record<AllowedComponent, unknown>;
