// Signed credentials for `astro dev`. The build writes them directly instead (src/integrations/credentials.ts).
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CREDENTIAL_MEDIA_TYPE } from '../../../schemas/api/credentials.ts';
import { credentialRenderers } from '../../render/credential-files.ts';
import { nameInFolder } from '../../routes.ts';
import { signingKey } from '../../settings.ts';

export const getStaticPaths = (() => {
  const key = signingKey();
  if (import.meta.env.PROD || !key) return [];
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return [...credentialRenderers(model, site, key)].map(([path, render]) => ({ params: { file: nameInFolder('credentials', path) }, props: { render } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const type = params.file!.endsWith('.json') ? 'application/json; charset=utf-8' : CREDENTIAL_MEDIA_TYPE;
  return new Response(await (props as { render: () => Promise<string> }).render(), { headers: { 'Content-Type': type } });
};
