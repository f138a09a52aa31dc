import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Router, type Request, type Response, type NextFunction } from 'express';

/** Where an installed package lives, found through its main entry (GraphiQL exports no package.json). */
function packageDir(name: string): string {
  const main = require.resolve(name);
  const marker = `${path.sep}node_modules${path.sep}${name.split('/').join(path.sep)}${path.sep}`;
  const at = main.lastIndexOf(marker);
  if (at < 0) throw new Error(`cannot locate the ${name} package (resolved ${main})`);
  return main.slice(0, at + marker.length);
}

/** The explorer's assets: GraphiQL and the React it runs on, from the installed packages (no CDN). */
const ASSETS: Record<string, { type: string; file: () => string }> = {
  'react.js': { type: 'text/javascript', file: () => path.join(packageDir('react'), 'umd', 'react.production.min.js') },
  'react-dom.js': { type: 'text/javascript', file: () => path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js') },
  'graphiql.js': { type: 'text/javascript', file: () => path.join(packageDir('graphiql'), 'graphiql.min.js') },
  'graphiql.css': { type: 'text/css', file: () => path.join(packageDir('graphiql'), 'graphiql.min.css') },
};

export const EXPLORER_PREFIX = '/explorer';

const START_SCRIPT = `(function () {
  var url = location.origin + '/graphql';
  var fetcher = GraphiQL.createFetcher({ url: url });
  var headers = JSON.stringify({ Authorization: 'Bearer <paste a token from ./linli start or pnpm token>' }, null, 2);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultHeaders: headers,
      headerEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers',
      defaultQuery: '# Paste your token in the Headers tab below, then run:\\n{\\n  whoami { id roles areas }\\n}\\n',
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Linli GraphQL explorer (GraphiQL)</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${EXPLORER_PREFIX}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="${EXPLORER_PREFIX}/react.js"></script>
  <script src="${EXPLORER_PREFIX}/react-dom.js"></script>
  <script src="${EXPLORER_PREFIX}/graphiql.js"></script>
  <script src="${EXPLORER_PREFIX}/start.js"></script>
</body>
</html>
`;

const wantsHtml = (req: Request) => req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query;

/**
 * GraphiQL at / and at /graphql for a browser (Accept: text/html), served entirely by the
 * gateway, so it works on networks closed to CDNs. The page needs no token; the token is
 * pasted into its header editor and sent with each operation. Mounted only outside production.
 */
export function explorer(): Router {
  const router = Router();
  const cache = new Map<string, Buffer>();
  router.get(['/', '/graphql'], (req: Request, res: Response, next: NextFunction) => {
    if (!wantsHtml(req)) return next();
    res.type('html').setHeader('cache-control', 'no-cache');
    res.send(PAGE);
  });
  router.get(`${EXPLORER_PREFIX}/start.js`, (_req, res) => {
    res.type('text/javascript').send(START_SCRIPT);
  });
  router.get(`${EXPLORER_PREFIX}/:asset`, (req, res, next) => {
    const asset = ASSETS[req.params.asset];
    if (!asset) return next();
    let body = cache.get(req.params.asset);
    if (!body) {
      body = readFileSync(asset.file());
      cache.set(req.params.asset, body);
    }
    res.type(asset.type).setHeader('cache-control', 'public, max-age=3600');
    res.send(body);
  });
  return router;
}
