import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '@app/platform';
import { createApiApp } from './create-api-app';

/** The address the server really has (HOST, and the port PORT=0 picked). */
function listeningUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') return String(address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** The API listening on HOST and PORT, saying where: what both entry points start with. */
export async function startApi(config: AppConfig): Promise<void> {
  const app = await createApiApp();
  await app.listen(config.port, config.host);
  new Logger('FOI Tracker').log(
    `listening on ${listeningUrl(app.getHttpServer().address())} (health: /health, API docs: /api/docs)`,
  );
}
