// Runs after `npm run build:static`. A static export leaves an export-only build in .next/,
// which `next start` cannot serve: removing its BUILD_ID makes the next `npm start` build again.
import { rmSync } from 'node:fs';

rmSync('.next/BUILD_ID', { force: true });
