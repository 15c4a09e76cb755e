import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';

/** Counts SQL statements issued while a request (or any scope) runs, and those still running. */
export interface StatementTally {
  count: number;
  /** Statements of this scope sent through MikroORM's connection and not yet answered (waiting for a connection included). */
  running?: number;
  /** Statements of this scope answered so far (the loaders tell a slow request from a stuck one). */
  settled?: number;
  /** Called once, each, when `running` next drops to 0. */
  idleWaiters?: (() => void)[];
}

type Execute = (...args: never[]) => Promise<unknown>;

class StatementCounter {
  private readonly storage = new AsyncLocalStorage<StatementTally>();
  private readonly attached = new WeakSet<object>();

  /**
   * Hooks knex's 'query' event (it fires synchronously in the caller's async context) to count, and
   * wraps the connection's `execute` to know when the scope has a statement in flight: the loaders
   * dispatch a request's next batches only when none is (common/loaders.ts).
   */
  attach(orm: MikroORM<AbstractSqlDriver, SqlEntityManager>): void {
    const connection = orm.em.getConnection();
    const knex = connection.getKnex();
    if (this.attached.has(knex)) return;
    this.attached.add(knex);
    knex.on('query', () => {
      const tally = this.storage.getStore();
      if (tally) tally.count += 1;
    });
    const execute: Execute = connection.execute.bind(connection);
    const tracked: Execute = (...args: never[]) => this.track(() => execute(...args));
    // The same method with the same arguments and result (its generic typing is why it is set by name).
    Reflect.set(connection, 'execute', tracked);
  }

  /**
   * Runs a statement as the scope's: running until it settles. `attach` tracks every statement of
   * MikroORM's connection; common/pg-prepared.ts, which sends around it, calls this itself.
   */
  async track<T>(send: () => Promise<T>): Promise<T> {
    const tally = this.storage.getStore();
    if (!tally) return send();
    tally.running = (tally.running ?? 0) + 1;
    try {
      return await send();
    } finally {
      tally.running -= 1;
      tally.settled = (tally.settled ?? 0) + 1;
      if (tally.running === 0 && tally.idleWaiters?.length) {
        const waiters = tally.idleWaiters;
        tally.idleWaiters = [];
        for (const waiter of waiters) waiter();
      }
    }
  }

  run<T>(tally: StatementTally, fn: () => T): T {
    return this.storage.run(tally, fn);
  }

  current(): StatementTally | undefined {
    return this.storage.getStore();
  }
}

/** Calls `then` now if the scope has no statement in flight, otherwise once its last one is answered. */
export function whenStatementsIdle(tally: StatementTally, then: () => void): void {
  if (!tally.running) {
    then();
    return;
  }
  tally.idleWaiters ??= [];
  tally.idleWaiters.push(then);
}

export const statementCounter = new StatementCounter();
