// Content packs for the end-to-end tests: the authoring guide's example pack, exactly as the
// guide prints it (so the docs and the app are tested against each other), and a copy of it
// with markup and script in its fields, which the app must show as plain text.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const GUIDE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'authoring.md');

/// The ```pack block of docs/authoring.md.
export function examplePack() {
  const guide = readFileSync(GUIDE, 'utf8');
  const start = guide.indexOf('```pack\n') + '```pack\n'.length;
  return guide.slice(start, guide.indexOf('```', start));
}

export const HOSTILE_TITLE = 'Team North <img src=x onerror="window.__pwned=1">';
export const HOSTILE_LINE = '<script>window.__pwned=2</script> Is that <b>weird</b>?';

/// The example with markup in the pack title and in the drill's message.
export function hostilePack() {
  return examplePack()
    .replace('title: Team North: listening across time zones', `title: ${HOSTILE_TITLE}`)
    .replace('  I spent two weeks on it.', `  I spent two weeks on it. ${HOSTILE_LINE}`);
}

/// The example's exercises `copies` times over, each copy with its own ids: a pack that
/// takes a moment to check.
export function largePack(copies) {
  const text = examplePack();
  const body = text.indexOf('\ndrill:');
  let pack = text.slice(0, body);
  for (let n = 0; n < copies; n++) pack += text.slice(body).replaceAll('team-north-', `team-north-${n}-`);
  return pack;
}

/// A pack with a header typo, a bad version and a drill missing most of its fields.
export const BROKEN_PACK = `pack: team-west
title: Team West
authr: Bo Chen
version: one
language: en

drill: team-west-ping
kind: paraphrase
title: The ping
`;
