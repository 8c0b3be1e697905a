import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { loadConfig, TimeSource } from '@app/platform';
import { AppModule } from './app.module';
import { sendPrivateHeadersFromApi } from './common/api-headers';
import { createValidationPipe } from './common/validation';

/** Bodies above this are refused with 413 before any code runs. */
const BODY_LIMIT = 256 * 1024;

/** The HTTP application, shared by `main.ts` and the end-to-end tests. */
export async function createApiApp(
  options: { logger?: false; swaggerUi?: boolean; time?: TimeSource } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Behind a reverse proxy (TRUST_PROXY) request.ip is the client the proxy names in
    // X-Forwarded-For, so sign-in is throttled per person rather than once for everyone behind
    // the proxy's address; only the hops of trusted proxies count, never what the client wrote.
    trustProxy: loadConfig(process.env).trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.withTimeSource(options.time),
    adapter,
    {
      logger: options.logger ?? ['error', 'warn', 'log'],
    },
  );
  // The dashboard's session cookie. (Its plain HTML forms, application/x-www-form-urlencoded, are
  // parsed by Nest's Fastify adapter itself.)
  await app.register(fastifyCookie as never);
  sendPrivateHeadersFromApi(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('FOI Tracker').setVersion('1').addBearerAuth().build(),
  );
  // The UI's assets come through @fastify/static, whose glob dependency Jest cannot load; the
  // end-to-end suites check the generated document at /api/docs/json instead.
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/json',
    ui: options.swaggerUi ?? true,
  });
  return app;
}
