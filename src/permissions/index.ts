export * from './catalogue';
export * from './roles';
