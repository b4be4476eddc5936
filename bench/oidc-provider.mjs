// The benchmark's peer for sign-in to other applications: npm `oidc-provider` (a certified
// OpenID provider) with an in-memory adapter (below: its own quick-start one keeps only the
// last 1000 entries, and drops codes still in use under 100 concurrent flows), ID tokens signed RS256 like Twofold's default,
// one confidential client, and one account. Its interaction pages are answered at once (the
// account signs in, the grant is made without a consent page), so that a browser which went
// through them once is a signed-in browser, as the Twofold side's is.
//
// Usage: node bench/oidc-provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI
import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

const modules = new URL('../end2end/node_modules/', import.meta.url);
const { default: Provider } = await import(new URL('oidc-provider/lib/index.js', modules));

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const ACCOUNT = 'bench-account';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'bench-rs256', alg: 'RS256', use: 'sig' };

/** Everything in one Map, as long as it lives; expired entries are swept every 10 s. */
const entries = new Map();
const byGrant = new Map();
const now = () => Date.now();
setInterval(() => {
  for (const [key, entry] of entries) {
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      byGrant.get(entry.payload.grantId)?.delete(key);
    }
  }
}, 10_000).unref();

class MemoryAdapter {
  constructor(name) {
    this.name = name;
  }

  key(id) {
    return `${this.name}:${id}`;
  }

  async upsert(id, payload, expiresIn) {
    const key = this.key(id);
    entries.set(key, { payload, expiresAt: expiresIn ? now() + expiresIn * 1000 : Infinity });
    if (payload.grantId) {
      if (!byGrant.has(payload.grantId)) byGrant.set(payload.grantId, new Set());
      byGrant.get(payload.grantId).add(key);
    }
    if (payload.uid) entries.set(`${this.name}:uid:${payload.uid}`, { payload: id, expiresAt: Infinity });
    if (payload.userCode) entries.set(`${this.name}:userCode:${payload.userCode}`, { payload: id, expiresAt: Infinity });
  }

  async find(id) {
    const entry = entries.get(this.key(id));
    if (!entry || entry.expiresAt <= now()) return undefined;
    return entry.payload;
  }

  async findByUid(uid) {
    const id = entries.get(`${this.name}:uid:${uid}`)?.payload;
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode) {
    const id = entries.get(`${this.name}:userCode:${userCode}`)?.payload;
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id) {
    const entry = entries.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(now() / 1000);
  }

  async destroy(id) {
    entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId) {
    for (const key of byGrant.get(grantId) ?? []) entries.delete(key);
    byGrant.delete(grantId);
  }
}

const provider = new Provider(issuer, {
  adapter: MemoryAdapter,
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['preferred_username'],
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: 'bench@example.com', email_verified: true, preferred_username: 'bench' };
      },
    };
  },
  // The grant is made without asking (a first-party application, as on the Twofold side).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

// A refused token request says why (the benchmark stops at the first one).
provider.on('grant.error', (_ctx, err) => console.error('grant.error:', err.error_detail ?? err.message));

const handle = provider.callback();
createServer(async (req, res) => {
  if (req.url.startsWith('/interaction/')) {
    try {
      await provider.interactionDetails(req, res);
      await provider.interactionFinished(req, res, { login: { accountId: ACCOUNT } }, { mergeWithLastSubmission: false });
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
    return;
  }
  handle(req, res);
}).listen(Number(port), '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
