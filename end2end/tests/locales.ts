import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The locales of Twofold (folders under locales/, without the pseudo-locale). */
export const LOCALES = [
  'ar', 'de-DE', 'en-US', 'es-ES', 'fr-FR', 'it-IT', 'ja-JP', 'ko-KR', 'nl-NL', 'pl-PL', 'pt-BR', 'uk-UA', 'zh-CN',
] as const;

/** Message ids that may read the same in every language (locales/allow-identical.txt). */
function allowIdentical(): Set<string> {
  const text = readFileSync(join(__dirname, '../../locales/allow-identical.txt'), 'utf8');
  return new Set(text.split('\n').map((l) => l.split('#')[0].trim()).filter(Boolean));
}

/**
 * The source locale's single-line messages (id → text), without placeables: what must not
 * appear on a page in another language, and whose ids must never show raw.
 */
export function sourceMessages(): Map<string, string> {
  const text = readFileSync(join(__dirname, '../../locales/en-US/main.ftl'), 'utf8');
  const allowed = allowIdentical();
  const messages = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (!match || allowed.has(match[1])) continue;
    messages.set(match[1], match[2]);
  }
  return messages;
}

/**
 * The English phrases found in `pageText`: each message's longest piece between placeables,
 * as whole words. Single words are left to the locale check (which refuses messages identical
 * to English): loanwords such as "password" are at home in other languages.
 */
export function englishLeftIn(pageText: string): string[] {
  const found: string[] = [];
  for (const [id, value] of sourceMessages()) {
    const pieces = value.split(/\{[^}]*\}/).map((p) => p.trim()).filter((p) => p.includes(' '));
    const longest = pieces.sort((a, b) => b.length - a.length)[0];
    if (!longest) continue;
    const escaped = longest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(pageText)) found.push(`${id}: "${longest}"`);
  }
  return found;
}

/** Message ids shown as text instead of being translated. */
export function rawIdsIn(pageText: string): string[] {
  const ids = [...sourceMessages().keys(), 'brand-name'];
  return ids.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(pageText));
}
