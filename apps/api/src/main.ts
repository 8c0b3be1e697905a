import 'reflect-metadata';
import { loadConfigOrExit } from '@app/platform';
import { startApi } from './start-api';

/**
 * The API alone (`npm run start:api`): the reminder queue is left to `npm run start:worker`
 * processes. `npm start` (apps/server) runs both in one process.
 */
void startApi(loadConfigOrExit(process.env));
