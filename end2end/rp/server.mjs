// A small application that signs its users in through Twofold with npm `openid-client` (an
// independent relying party), for the Playwright suite. At start it registers itself with the
// server's own command line (`server admin app add`, on the suite's database), as a
// first-party application, as one that asks for consent, as one that requires two-factor, and as one that requires a key. Its pages:
//   /start?app=plain|consent|twofactor|key[&scope=…][&prompt=…]  sends the browser to Twofold's authorization endpoint
//   /cb                                            finishes the flow: tokens, ID token, userinfo
//   /logout                                        sends the browser to Twofold's end of session
//   /bye                                           where Twofold sends it back
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import * as client from 'openid-client';

const port = Number(process.env.TWOFOLD_RP_PORT ?? '3200');
const base = `http://localhost:${port}`;
const issuer = new URL(`http://localhost:${process.env.TWOFOLD_E2E_PORT ?? '3100'}`);
const serverBin = resolve(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server');

/** Registers an application; its client id and secret, as the command printed them. */
function register(name, flags) {
  const out = execFileSync(
    serverBin,
    ['admin', 'app', 'add', name, '--redirect-uri', `${base}/cb`, '--post-logout-uri', `${base}/bye`, ...flags],
    { cwd: '..', encoding: 'utf8', env: process.env },
  );
  const field = (label) => out.match(new RegExp(`^${label}:\\s+(\\S+)$`, 'm'))[1];
  return { id: field('client id'), secret: field('client secret') };
}

const apps = {
  plain: register('Test App', []),
  consent: register('Consent App', ['--consent']),
  twofactor: register('Two-factor App', ['--require', 'two-factor']),
  key: register('Key App', ['--require', 'key']),
};
const configs = {};
for (const [name, app] of Object.entries(apps)) {
  configs[name] = await client.discovery(issuer, app.id, app.secret, undefined, {
    execute: [client.allowInsecureRequests],
  });
}

/** What each browser of the application keeps between its requests (its cookie names it). */
const browsers = new Map();

function browserOf(request, response) {
  const cookie = /(?:^|;\s*)rp=([a-f0-9]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (cookie && browsers.has(cookie)) return browsers.get(cookie);
  const id = randomBytes(16).toString('hex');
  const kept = {};
  browsers.set(id, kept);
  response.setHeader('Set-Cookie', `rp=${id}; Path=/; HttpOnly; SameSite=Lax`);
  return kept;
}

function page(response, status, title, body) {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>` +
      `<body><main><h1>${title}</h1>${body}</main></body></html>`,
  );
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

createServer(async (request, response) => {
  const url = new URL(request.url, base);
  const kept = browserOf(request, response);
  try {
    if (url.pathname === '/health') return page(response, 200, 'ok', '');
    if (url.pathname === '/start') {
      const app = url.searchParams.get('app') ?? 'plain';
      const config = configs[app];
      kept.app = app;
      kept.verifier = client.randomPKCECodeVerifier();
      kept.state = client.randomState();
      kept.nonce = client.randomNonce();
      const parameters = {
        redirect_uri: `${base}/cb`,
        scope: url.searchParams.get('scope') ?? 'openid email profile groups',
        code_challenge: await client.calculatePKCECodeChallenge(kept.verifier),
        code_challenge_method: 'S256',
        state: kept.state,
        nonce: kept.nonce,
      };
      for (const extra of ['prompt', 'max_age', 'acr_values', 'login_hint']) {
        const value = url.searchParams.get(extra);
        if (value) parameters[extra] = value;
      }
      response.writeHead(303, { Location: client.buildAuthorizationUrl(config, parameters).href });
      return response.end();
    }
    if (url.pathname === '/cb') {
      const config = configs[kept.app];
      if (url.searchParams.has('error')) {
        return page(response, 200, 'Refused', `<p id="error">${escape(url.searchParams.get('error'))}</p>`);
      }
      const tokens = await client.authorizationCodeGrant(config, url, {
        pkceCodeVerifier: kept.verifier,
        expectedState: kept.state,
        expectedNonce: kept.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      kept.idToken = tokens.id_token;
      const shown = { email: info.email, amr: claims.amr, acr: claims.acr ?? null, groups: info.groups ?? [] };
      return page(response, 200, 'Signed in to the test application', `<pre id="claims">${escape(JSON.stringify(shown))}</pre>`);
    }
    if (url.pathname === '/logout') {
      const end = client.buildEndSessionUrl(configs[kept.app ?? 'plain'], {
        id_token_hint: kept.idToken,
        post_logout_redirect_uri: `${base}/bye`,
        state: 'rp-state',
      });
      response.writeHead(303, { Location: end.href });
      return response.end();
    }
    if (url.pathname === '/bye') {
      return page(response, 200, 'Signed out of the test application', `<p id="state">${escape(url.searchParams.get('state') ?? '')}</p>`);
    }
    return page(response, 404, 'Not found', '');
  } catch (error) {
    console.error(error);
    return page(response, 500, 'The test application failed', `<pre id="failure">${escape(String(error))}</pre>`);
  }
}).listen(port, 'localhost');
