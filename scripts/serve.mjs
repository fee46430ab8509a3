// Serves the release build in dist/ on 127.0.0.1 (the same small static server the
// end-to-end tests use), so what runs locally is exactly what is tested: no dev-server
// script injected past the Content-Security-Policy. Usage: node scripts/serve.mjs PORT
import { serve } from '../tests/e2e/lib/server.js';

const port = Number(process.argv[2] ?? 8080);
const dist = new URL('../dist/', import.meta.url).pathname;
const { origin } = await serve(dist, { port });
console.log(`Rapport is running at ${origin}/ (Ctrl+C stops it)`);
