// Whether this build publishes signed credentials (PARTNERKIT_SIGNING_KEY is set), for the verify
// pages; read once per build, the key itself stays with the step that signs (src/integrations/credentials.ts).
import { signingKey } from '../settings.ts';

let published: boolean | undefined;

export function credentialsPublished(): boolean {
  published ??= signingKey() !== undefined;
  return published;
}
