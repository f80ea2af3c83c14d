import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** The test page's files: URL path -> file in ./page/ and its content type. */
const ASSETS = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { path: '/render.js', file: 'render.js', type: 'text/javascript; charset=utf-8' },
  { path: '/i18n.js', file: 'i18n.js', type: 'text/javascript; charset=utf-8' },
  { path: '/style.css', file: 'style.css', type: 'text/css; charset=utf-8' },
] as const;

/**
 * The Content-Security-Policy for everything the service sends: only its own script, style and API; no inline
 * script or style, no framing, no plugins. `upgrade-insecure-requests` is left out because the service speaks plain
 * HTTP on loopback and in the Docker image.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  },
};

/**
 * Registers `GET /` and its assets (the browser test page). The files are read once, when the app is built, so a
 * missing file stops the start instead of failing a request later.
 */
export async function registerPageRoutes(app: FastifyInstance): Promise<void> {
  const dir = new URL('./page/', import.meta.url);
  for (const asset of ASSETS) {
    const content = await readFile(new URL(asset.file, dir));
    app.get(asset.path, async (_request, reply) =>
      reply.header('content-type', asset.type).header('cache-control', 'no-cache').send(content),
    );
  }
}
