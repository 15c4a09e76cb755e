// graphql-ws 6 publishes its `ws` adapter only through package.json "exports" (graphql-ws/use/ws),
// which this project's moduleResolution "node" does not read. Node's require does: the import works
// at run time, and this names its declarations for the compiler.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
