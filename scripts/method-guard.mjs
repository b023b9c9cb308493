// Loaded with `node --import` in front of `next start` (npm start, the browser tests): the
// methods a WHATWG Request cannot even hold (TRACE, TRACK, CONNECT) are answered 405 here,
// before Next, which would otherwise log a stack trace and answer 500 for each one. Every
// other method is checked by proxy.ts.
import http from 'node:http';

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function guardedEmit(event, request, response) {
  if (event === 'request' && REFUSED.has(request.method)) {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`${request.method} is not allowed here: this site only answers GET and HEAD.\n`);
    return true;
  }
  return emit.apply(this, arguments);
};
