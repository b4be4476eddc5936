// Debian's Apache with `mod_auth_openidc` (a certified relying party) in front of a page on
// loopback, for the Playwright suite: it registers itself with the server's command line, takes
// its configuration from the Apache block of docs/applications.md (the manual's own snippet,
// with this machine's addresses), and runs in the foreground until Playwright stops it. The
// page shows the claims Apache hands it (`OIDC_CLAIM_*`), through server-side includes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const port = process.env.TWOFOLD_APACHE_PORT ?? '3300';
const site = `http://localhost:${port}`;
const twofold = `http://localhost:${process.env.TWOFOLD_E2E_PORT ?? '3100'}`;
const serverBin = resolve(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server');

const out = execFileSync(
  serverBin,
  ['admin', 'app', 'add', 'Apache site', '--redirect-uri', `${site}/redirect_uri`, '--post-logout-uri', `${site}/`],
  { cwd: '..', encoding: 'utf8', env: process.env },
);
const field = (label) => out.match(new RegExp(`^${label}:\\s+(\\S+)$`, 'm'))[1];

// The manual's snippet: the block after "## Apache with `mod_auth_openidc`".
const manual = readFileSync(new URL('../../docs/applications.md', import.meta.url), 'utf8');
const section = manual.slice(manual.indexOf('## Apache with `mod_auth_openidc`'));
const snippet = section.match(/```apache\n([\s\S]*?)```/)[1]
  .replaceAll('https://auth.example.com', twofold)
  .replaceAll('https://app.example.com', site)
  .replaceAll('CLIENT_ID', field('client id'))
  .replaceAll('CLIENT_SECRET', field('client secret'))
  .replaceAll('A-LONG-RANDOM-PASSPHRASE', randomBytes(24).toString('hex'));

const dir = mkdtempSync(join(tmpdir(), 'twofold-apache-'));
writeFileSync(
  join(dir, 'index.shtml'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<title>Behind Twofold</title></head><body><main><h1>Behind Twofold</h1>' +
    '<p id="email"><!--#echo var="OIDC_CLAIM_email" --></p>' +
    '<p id="amr"><!--#echo var="OIDC_CLAIM_amr" --></p></main></body></html>\n',
);
const modules = ['mpm_event', 'authn_core', 'authz_core', 'authz_user', 'mime', 'dir', 'include'];
writeFileSync(
  join(dir, 'apache2.conf'),
  [
    `ServerRoot ${dir}`,
    `PidFile ${dir}/apache2.pid`,
    `ErrorLog "|/bin/cat"`,
    'LogLevel warn auth_openidc:warn',
    `Listen 127.0.0.1:${port}`,
    `ServerName localhost`,
    ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
    ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    'LoadModule auth_openidc_module /usr/lib/apache2/modules/mod_auth_openidc.so',
    'TypesConfig /etc/mime.types',
    `DocumentRoot ${dir}`,
    'DirectoryIndex index.shtml',
    `<Directory ${dir}>`,
    '    Options +Includes',
    '    AddOutputFilter INCLUDES .shtml',
    '    AddType text/html .shtml',
    '</Directory>',
    snippet,
  ].join('\n'),
);
execFileSync('chmod', ['755', dir]);

const apache = spawn('apache2', ['-d', dir, '-f', join(dir, 'apache2.conf'), '-DFOREGROUND'], {
  stdio: 'inherit',
  env: { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => apache.kill('SIGTERM'));
}
apache.on('exit', (code) => process.exit(code ?? 0));
