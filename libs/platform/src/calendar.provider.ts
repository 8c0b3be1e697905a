import { Provider } from '@nestjs/common';
import { WorkingDayCalendar } from '@app/domain';
import { createWorkingDayCalendar } from '@app/holidays';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.module';

/** One working-day calendar for the process, built at start (a bad holiday file stops it there). */
export const CalendarProvider: Provider = {
  provide: WorkingDayCalendar,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    createWorkingDayCalendar({ files: config.holidaysFile ? [config.holidaysFile] : [] }),
};
