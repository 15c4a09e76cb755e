/**
 * Reading a property of a value whose type is not known (a parsed JSON body, a library's error):
 * checked at run time instead of asserted with a cast.
 */
export function propertyOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? Reflect.get(value, name) : undefined;
}

/** The property when it is a string; undefined otherwise. */
export function stringPropertyOf(value: unknown, name: string): string | undefined {
  const property = propertyOf(value, name);
  return typeof property === 'string' ? property : undefined;
}
