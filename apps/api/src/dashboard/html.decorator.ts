import { applyDecorators, Header, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DashboardErrorsFilter } from './dashboard-errors.filter';
import { SecurityHeadersInterceptor } from './security-headers';

/**
 * A dashboard controller: HTML pages with their security headers, errors as pages, and left out
 * of the API's OpenAPI document.
 */
export const DashboardPages = () =>
  applyDecorators(
    UseFilters(DashboardErrorsFilter),
    UseInterceptors(SecurityHeadersInterceptor),
    ApiExcludeController(),
  );

/** A handler that returns a whole HTML page as a string. */
export const Html = () => Header('content-type', 'text/html; charset=utf-8');
