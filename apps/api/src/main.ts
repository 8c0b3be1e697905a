import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const app = await createApiApp();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, '0.0.0.0');
  new Logger('FOI Tracker').log(`listening on http://127.0.0.1:${port} (health: /health)`);
}

void main();
