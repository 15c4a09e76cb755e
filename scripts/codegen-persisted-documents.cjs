// graphql-codegen plugin (codegen.yml): the persisted-documents manifest the server reads
// (src/http/persisted-documents.ts), or the hashes for a typed client.
//
//   config.persistedDocuments: manifest  →  JSON { "<sha256>": "<document>" } for every operation
//   config.persistedDocuments: ids       →  TypeScript `export const persistedDocumentIds = { Name: "<sha256>" }`
//
// Each document is one operation followed by the fragments it uses (transitively) sorted by name,
// printed by graphql's `print`; the key is the sha256 of that text. src/http/persisted-documents.ts
// `canonicalOperation` computes the same text (test/docs/persisted-documents.test.ts keeps them
// equal). Plain CommonJS because codegen loads plugins with require().
'use strict';
const { createHash } = require('node:crypto');
const { Kind, print } = require('graphql');

function collectFragments(selectionSet, fragments, into) {
  for (const selection of selectionSet?.selections || []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (into.has(name)) continue;
      into.add(name);
      const fragment = fragments.get(name);
      collectFragments(fragment?.selectionSet, fragments, into);
    } else {
      collectFragments(selection.selectionSet, fragments, into);
    }
  }
}

function canonical(operation, fragments) {
  const used = new Set();
  collectFragments(operation.selectionSet, fragments, used);
  const definitions = [operation];
  for (const name of [...used].sort()) {
    const fragment = fragments.get(name);
    if (!fragment)
      throw new Error(
        `operation ${operation.name ? operation.name.value : '(anonymous)'} spreads unknown fragment ${name}`,
      );
    definitions.push(fragment);
  }
  return print({ kind: Kind.DOCUMENT, definitions });
}

module.exports = {
  plugin(_schema, documents, config) {
    const fragments = new Map();
    for (const file of documents) {
      for (const d of file.document.definitions)
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const entries = [];
    for (const file of documents) {
      for (const d of file.document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        if (!d.name) throw new Error(`${file.location}: persisted operations need a name`);
        const text = canonical(d, fragments);
        entries.push({ name: d.name.value, hash: createHash('sha256').update(text, 'utf8').digest('hex'), text });
      }
    }
    if (config.persistedDocuments === 'ids') {
      const lines = entries.sort((a, b) => a.name.localeCompare(b.name)).map((e) => `  ${e.name}: '${e.hash}',`);
      return [
        "/** sha256 of each operation's canonical text: its id in schema/persisted-documents.json. */",
        `export const persistedDocumentIds = {\n${lines.join('\n')}\n} as const;`,
        '',
      ].join('\n');
    }
    const manifest = {};
    for (const e of entries.sort((a, b) => (a.hash < b.hash ? -1 : 1))) manifest[e.hash] = e.text;
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
  validate(_schema, _documents, config) {
    if (config.persistedDocuments !== 'ids' && config.persistedDocuments !== 'manifest') {
      throw new Error('codegen-persisted-documents: set config.persistedDocuments to "manifest" or "ids"');
    }
  },
};
