// `npm run keygen`: a new Ed25519 key to sign the partners' credentials with. The private key (one
// line of JSON) goes to standard output alone, so it can be piped straight into a secret store
// (`npm run -s keygen | gh secret set PARTNERKIT_SIGNING_KEY`); what to do with it, and the public
// half the build publishes, go to standard error.
import { generateKeyPairSync } from 'node:crypto';
import { routes } from '../routes.ts';
import { readSigningKey } from '../settings.ts';
import { type ExitCode, runCommand } from './run-command.ts';
import { write, writeError } from './terminal-safe.ts';

export function newSigningKey(): string {
  const { d, x } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x, d });
}

function keygen(): ExitCode {
  const privateJwk = newSigningKey();
  const key = readSigningKey(privateJwk);
  writeError(
    [
      'A new signing key for the credentials. The private key is the one line on standard output:',
      'store it as the repository secret PARTNERKIT_SIGNING_KEY (Settings → Secrets and variables → Actions)',
      "and nowhere else: whoever holds it can sign credentials in the program's name.",
      `Every build with it publishes the public key at ${routes.credentialKeys}, with the key id ${key.kid}:`,
      JSON.stringify(key.publicJwk),
      '',
    ].join('\n'),
  );
  write(`${privateJwk}\n`);
  return 0;
}

const HELP = `Usage: npm run keygen

Prints a new Ed25519 private key (a JWK, one line of JSON) for the repository secret
PARTNERKIT_SIGNING_KEY, which signs the partners' credentials; the public key and what to do
go to standard error. \`npm run -s keygen | gh secret set PARTNERKIT_SIGNING_KEY\` stores it directly.`;

if (import.meta.main) await runCommand({ name: 'keygen', usage: HELP, options: {}, run: async () => keygen() });
