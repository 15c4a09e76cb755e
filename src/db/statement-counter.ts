import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';

/** Counts SQL statements issued while a request (or any scope) runs. */
export interface StatementTally {
  count: number;
}

class StatementCounter {
  private readonly storage = new AsyncLocalStorage<StatementTally>();
  private readonly attached = new WeakSet<object>();

  /** Hooks knex's 'query' event: it fires synchronously in the caller's async context. */
  attach(orm: MikroORM<AbstractSqlDriver, SqlEntityManager>): void {
    const knex = orm.em.getConnection().getKnex();
    if (this.attached.has(knex)) return;
    this.attached.add(knex);
    knex.on('query', () => {
      const tally = this.storage.getStore();
      if (tally) tally.count += 1;
    });
  }

  run<T>(tally: StatementTally, fn: () => T): T {
    return this.storage.run(tally, fn);
  }

  current(): StatementTally | undefined {
    return this.storage.getStore();
  }
}

export const statementCounter = new StatementCounter();
