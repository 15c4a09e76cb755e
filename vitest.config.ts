import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// vitest's esbuild emits no decorator metadata, which type-graphql and MikroORM read;
// swc with decoratorMetadata keeps tests on the same semantics as the tsc build.
export default defineConfig({
  plugins: [
    swc.vite({
      module: { type: 'es6' },
      jsc: {
        target: 'es2022',
        transform: { decoratorMetadata: true, legacyDecorator: true, useDefineForClassFields: false },
      },
    }),
  ],
  // type-graphql and Apollo load graphql's CommonJS build; make test code load the same one,
  // otherwise two copies of graphql meet ("Cannot use GraphQLObjectType from another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    // Security events and refusals are logged as warnings; tests that read logs set their own level.
    env: { LOG_LEVEL: 'error' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
