import type { FastifyInstance } from 'fastify';

/**
 * What one signed-in person may see is never kept by a shared cache or a browser's history, and
 * is never sniffed into another type (a CSV export read as HTML). The dashboard's pages send the
 * same two along with their own.
 */
export const PRIVATE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * On every /api/v1 answer: JSON, the CSV and iCalendar exports, and errors, Fastify's own (413,
 * bad JSON) included, which no Nest interceptor sees.
 */
export function sendPrivateHeadersFromApi(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url === '/api/v1' || request.url.startsWith('/api/v1/'))
      for (const [name, value] of Object.entries(PRIVATE_HEADERS)) void reply.header(name, value);
    return payload;
  });
}
