// The components MDX content may use: exactly the allow-list the loader enforces.
import Callout from './Callout.astro';
import Metric from './Metric.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Callout, Quote, Metric };
