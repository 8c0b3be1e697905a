// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'bull',
  'ioredis',
  'handlebars',
  'nodemailer',
  'express',
  'fastify',
];

/**
 * Who may import what. Lowest layer first; each lib names the libs it may import (through
 * @app/<lib>), and no lib imports an app:
 *
 *   libs/domain       pure rules                               nothing (and no framework or I/O)
 *   libs/holidays     the UK calendar's sources                domain
 *   libs/templates    letters and emails (Handlebars)          domain
 *   libs/platform     configuration, domain errors, security   domain, holidays
 *   libs/persistence  the database (TypeORM)                   domain, platform
 *   libs/mail         SMTP and the delivery journal            domain, platform
 *   libs/queue        the reminder queue (Bull)                domain, platform
 *
 *   apps/api, apps/worker, apps/cli   any lib; never another app, never the database's packages
 *   apps/server       `npm start`: the only place apps/api and apps/worker meet
 *
 * Persistence, mail and queue are peers: a service in an app combines them. Only libs/persistence
 * imports TypeORM or a database driver, so a change of database or ORM stays in one lib.
 */
/** @type {Record<string, string[]>} */
const MAY_IMPORT = {
  domain: [],
  holidays: ['domain'],
  templates: ['domain'],
  platform: ['domain', 'holidays'],
  persistence: ['domain', 'platform'],
  mail: ['domain', 'platform'],
  queue: ['domain', 'platform'],
};
const LIBS = Object.keys(MAY_IMPORT);

/** The apps that stand alone; apps/server composes api and worker and is listed on its own. */
const APPS = ['api', 'worker', 'cli'];

/** Everywhere: code outside a lib reaches it by its alias, never by a path into its folder. */
const THROUGH_ALIASES = {
  group: ['**/libs/*', '**/apps/*'],
  message: 'Import libraries through @app/<lib>.',
};

const NO_DATABASE = {
  group: ['typeorm', 'typeorm/*', '@nestjs/typeorm', 'sqlite3', 'pg', 'pg/*'],
  message: 'Only libs/persistence talks to the database: ask one of its repositories.',
};

const NO_APPS = {
  group: ['**/apps', '**/apps/**'],
  message: 'Libraries never import apps: move what both need into a lib.',
};

/**
 * The libs `lib` may not import (the layers above it, its peers, and itself by its alias).
 * @param {string} lib
 */
function libsOutside(lib) {
  const allowed = MAY_IMPORT[lib];
  const refused = LIBS.filter((other) => !allowed.includes(other));
  const may = allowed.length
    ? `may import only ${allowed.map((other) => `@app/${other}`).join(' and ')}`
    : 'imports no other lib';
  return {
    group: refused.flatMap((other) => [`@app/${other}`, `@app/${other}/*`]),
    message: `libs/${lib} ${may}, and its own files by relative path: see the layers in eslint.config.mjs.`,
  };
}

/**
 * Another app's files, reached by a relative path.
 * @param {string} app
 */
function otherApps(app) {
  const others = [...APPS, 'server'].filter((other) => other !== app);
  return {
    group: others.flatMap((other) => [`**/${other}/src`, `**/${other}/src/**`]),
    message: `apps/${app} never imports another app: what both need belongs in a lib; apps/server alone starts apps/api and apps/worker together.`,
  };
}

/**
 * One rule entry per file set: a later entry for the same file would replace, not add.
 * @param {...{group: string[], message: string}} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrictImports(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns: [THROUGH_ALIASES, ...patterns] }] };
}

/**
 * What each lib may not import besides the layering: its own purity rules.
 * @type {Record<string, {group: string[], message: string}[]>}
 */
const LIB_EXTRAS = {
  domain: [
    { group: FRAMEWORKS, message: 'libs/domain is pure TypeScript: no framework imports.' },
    {
      group: ['node:fs', 'fs', 'node:child_process'],
      message: 'libs/domain does no I/O.',
    },
  ],
  holidays: [{ group: FRAMEWORKS, message: 'libs/holidays has no framework imports.' }],
};

const libLayers = LIBS.map((lib) => ({
  files: [`libs/${lib}/**/*.ts`],
  rules: restrictImports(
    libsOutside(lib),
    NO_APPS,
    ...(lib === 'persistence' ? [] : [NO_DATABASE]),
    ...(LIB_EXTRAS[lib] ?? []),
  ),
}));

const appLayers = APPS.map((app) => ({
  files: [`apps/${app}/**/*.ts`],
  rules: restrictImports(NO_DATABASE, otherApps(app)),
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      ...restrictImports(),
    },
  },
  ...libLayers,
  ...appLayers,
  {
    files: ['apps/server/**/*.ts'],
    rules: restrictImports(NO_DATABASE),
  },
  {
    // The rules of the domain are pure: no framework, no I/O, no environment, no clock.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Pass configuration in; libs never read process.env.',
        },
        { object: 'Date', property: 'now', message: 'Take `today` as a parameter.' },
      ],
    },
  },
  {
    files: ['libs/holidays/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Pass configuration in.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
  },
);
