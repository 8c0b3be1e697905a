import { AccountController } from './account.controller';
import { ActionNeededService } from './action-needed.service';
import { AuditPagesController } from './audit-pages.controller';
import { AssetsController, FaviconController } from './assets.controller';
import { AuthoritiesPagesController } from './authorities-pages.controller';
import { DashboardErrorsFilter } from './dashboard-errors.filter';
import { DashboardViews } from './dashboard-views';
import { MessagePagesController } from './message-pages.controller';
import { NewRequestController } from './new-request.controller';
import { OutstandingController } from './outstanding.controller';
import { OutstandingListService } from './outstanding-list.service';
import { RequestPageService } from './request-page.service';
import { RequestPagesController } from './request-pages.controller';
import { SignInController } from './sign-in.controller';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';
import { TemplatesPagesController } from './templates-pages.controller';
import { UsersPagesController } from './users-pages.controller';

/** The server-rendered dashboard at `/`: pages over the same services as the API. */
export const DASHBOARD_CONTROLLERS = [
  SignInController,
  OutstandingController,
  NewRequestController,
  RequestPagesController,
  MessagePagesController,
  AuthoritiesPagesController,
  TemplatesPagesController,
  UsersPagesController,
  AuditPagesController,
  StatisticsController,
  AccountController,
  AssetsController,
  FaviconController,
];

export const DASHBOARD_PROVIDERS = [
  DashboardViews,
  DashboardErrorsFilter,
  OutstandingListService,
  ActionNeededService,
  RequestPageService,
  StatisticsService,
];
