// Trunk pre_build hook. The learner's build (index.html) leaves the facilitator's tools
// out; the full build (workshop.html) has them. Trunk builds one page per run, so the
// learner's build first runs Trunk for the full build, into target/workshop-dist, and its
// post_build hook (scripts/postbuild.mjs) copies that in beside itself: `trunk build`
// stays the one command that makes the whole of dist/.
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const page = basename(process.env.TRUNK_HTML_FILE ?? '');
if (page === 'index.html') {
  const release = process.env.TRUNK_PROFILE === 'release' ? ['--release=true'] : [];
  const run = spawnSync('trunk', ['build', ...release, '--dist', 'target/workshop-dist', 'workshop.html'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('prebuild: the full build (workshop.html) failed');
    process.exit(run.status ?? 1);
  }
}
