/**
 * A query reads a page once per request (common/paging.ts remembers it by entity, where and page);
 * a mutation or subscription reads every page afresh, because a document's second mutation must see
 * what its first one wrote. Decided once per request, when the operation is known.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { readPagesAfresh } from '../common/paging';
import type { AppContext } from './context-factory';

export function pageMemoPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') readPagesAfresh(contextValue.em);
        },
      };
    },
  };
}
