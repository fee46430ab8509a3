// Trunk pre_build hook. The learner's build (index.html) leaves the facilitator's tools
// out; the full build (workshop.html) has them. Trunk builds one page per run, so the
// learner's build first writes workshop.html from index.html (the same page, naming the
// full build's binary, with its default features: the two pages cannot drift apart) and
// runs Trunk on it, into target/workshop-dist; its post_build hook (scripts/postbuild.mjs)
// copies that in beside itself: `trunk build` stays the one command that makes dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const source = process.env.TRUNK_HTML_FILE ?? '';
if (basename(source) === 'index.html') {
  const learner = readFileSync(source, 'utf8');
  const full = learner.replace('data-bin="rapport-app" data-cargo-no-default-features', 'data-bin="rapport-workshop"');
  if (full === learner) throw new Error('prebuild: index.html no longer names the learner build as this script expects');
  // Written only when it changes, so that `trunk serve`, which watches the folder, does
  // not rebuild for it again and again.
  const page = join(dirname(source), 'workshop.html');
  if (!existsSync(page) || readFileSync(page, 'utf8') !== full) writeFileSync(page, full);
  const release = process.env.TRUNK_PROFILE === 'release' ? ['--release=true'] : [];
  const run = spawnSync('trunk', ['build', ...release, '--dist', 'target/workshop-dist', 'workshop.html'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('prebuild: the full build (workshop.html) failed');
    process.exit(run.status ?? 1);
  }
}
