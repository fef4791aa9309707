// Faults of the network and of proxies, produced on the wire: the connection dropped before an
// answer, no answer at all, a body cut short after its headers promised more, an empty body, a
// proxy's HTML page with status 200, and a GraphQL answer with neither data nor errors.
import type { ServerResponse } from 'node:http';
import type { Fault } from './state.js';

/** Acts out a wire fault on `res`; false when the fault is not one. */
export function actWireFault(fault: Fault, res: ServerResponse): boolean {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  switch (fault.type) {
    case 'reset':
      res.socket?.resetAndDestroy();
      return true;
    case 'hang':
      // Nothing is sent; the socket closes when the client gives up or the simulator closes.
      return true;
    case 'cut-short': {
      const part = '{"data":{"repository":{"pullRequests":{"nodes":[{"number":1,"ti';
      res.writeHead(200, { ...json, 'content-length': String(part.length * 4) });
      res.write(part, () => res.socket?.destroy());
      return true;
    }
    case 'empty':
      res.writeHead(200, { ...json, 'content-length': '0' });
      res.end();
      return true;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><head><title>Sign in to your proxy</title></head><body></body></html>');
      return true;
    case 'graphql-no-data':
      res.writeHead(200, json);
      res.end('{"data":null}');
      return true;
    default:
      return false;
  }
}
