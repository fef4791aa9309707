// Several repositories behind one API root: one simulator per world (each serving exactly what
// GitHub serves for its repository), and a front that routes each request to the repository it
// names — REST by its /repos/OWNER/NAME path, GraphQL by its owner and name variables (every
// query of the collector carries them). Anything else goes to the first repository's simulator.
import { readdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readWorldFile } from '../../src/world/read.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator, type SimOptions } from './server.js';

export interface MultiSimulator {
  url: string;
  graphqlUrl: string;
  /** owner/name → its simulator */
  repositories: Map<string, Simulator>;
  close(): Promise<void>;
}

/** Every *.json world of a folder, one simulator each. */
export function worldsIn(folder: string): World[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readWorldFile(join(folder, file)));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function repositoryOf(path: string, body: Buffer): string | null {
  const rest = /^(?:\/api\/v3)?\/repos\/([^/]+)\/([^/?]+)/.exec(path);
  if (rest) return `${decodeURIComponent(rest[1])}/${decodeURIComponent(rest[2])}`.toLowerCase();
  if (/^(?:\/api)?\/graphql/.test(path) && body.length) {
    try {
      const { variables } = JSON.parse(body.toString('utf8')) as {
        variables?: { owner?: string; name?: string };
      };
      if (variables?.owner && variables.name) return `${variables.owner}/${variables.name}`.toLowerCase();
    } catch {
      return null;
    }
  }
  return null;
}

function forward(target: Simulator, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const url = new URL(target.url);
  const upstream = request(
    {
      host: url.hostname,
      port: url.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, host: url.host },
    },
    (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  upstream.end(body);
}

export async function startMultiSimulator(
  worlds: readonly World[],
  options: Omit<SimOptions, 'world'> = {},
): Promise<MultiSimulator> {
  const repositories = new Map<string, Simulator>();
  for (const world of worlds) {
    const { owner, name } = world.repository;
    repositories.set(`${owner}/${name}`.toLowerCase(), await startSimulator({ ...options, world }));
  }
  const first = [...repositories.values()][0];
  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const name = repositoryOf(req.url ?? '/', body);
        const target = name === null ? first : repositories.get(name);
        if (!target) {
          res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
          res.end(
            JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }),
          );
          return;
        }
        forward(target, req, body, res);
      },
      () => res.end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    repositories,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      for (const sim of repositories.values()) await sim.close();
    },
  };
}
