import { request as httpRequest } from 'node:http';

/** The sources a Content-Security-Policy's script-src allows. */
export function scriptSources(csp: string | undefined): string[] {
  const directive = (csp ?? '').split(';').find((d) => d.trim().startsWith('script-src'));
  return directive ? directive.trim().split(/\s+/).slice(1) : [];
}

/** A raw request (fetch refuses TRACE and keeps no redirect unfollowed otherwise). */
export function raw(base: string, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>(
    (resolve, reject) => {
      const url = new URL(path, base);
      const req = httpRequest(url, { method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}
