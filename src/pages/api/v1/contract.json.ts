// The committed v1 contract, as schemas/api/v1-contract.json holds it: its version and the
// published schema of every response, for clients that check what they rely on.
import type { APIRoute } from 'astro';
import { contractText, readContract } from '../../../render/api-contract-file.ts';

export const GET: APIRoute = async () => {
  return new Response(contractText(await readContract()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
