import 'reflect-metadata';

/**
 * Nest injects by the constructor's parameter types, recorded when the class is defined. Were the
 * two filters to import each other, whichever loaded second would see the other still undefined
 * and record `Object`: the application would then fail to start, or start only thanks to the
 * order of the imports in app.module.ts. Every order must give the real type.
 */
describe('the error filters load in any order', () => {
  it.each(['./all-errors.filter', '../dashboard/dashboard-errors.filter', '../dashboard/forms'])(
    'loading %s first, AllErrorsFilter still knows it takes the dashboard filter',
    async (loadFirst) => {
      await jest.isolateModulesAsync(async () => {
        await import(loadFirst);
        const { AllErrorsFilter } = await import('./all-errors.filter');
        const { DashboardErrorsFilter } = await import('../dashboard/dashboard-errors.filter');
        expect(Reflect.getMetadata('design:paramtypes', AllErrorsFilter)).toEqual([
          DashboardErrorsFilter,
        ]);
      });
    },
  );
});
