// Documentation lives in the graph: every type, field, argument, enum value and input field of
// the built schema has a description, and every deprecation says why. The failure prints the
// whole list, so one run shows everything still missing.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';

const blank = (text: string | null | undefined) => !text?.trim();

/** Every schema element that lacks a description or a deprecation reason, as "Type.field(arg)". */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkDeprecation = (where: string, item: { deprecationReason?: string | null }) => {
    // graphql-js fills in "No longer supported" for a bare @deprecated: that is no reason either.
    if (
      item.deprecationReason != null &&
      (blank(item.deprecationReason) || item.deprecationReason === 'No longer supported')
    ) {
      missing.push(`${where} (deprecated without a reason)`);
    }
  };
  const checkArgs = (where: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) {
      if (blank(arg.description)) missing.push(`${where}(${arg.name})`);
      checkDeprecation(`${where}(${arg.name})`, arg);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const where = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(where);
        checkDeprecation(where, field);
        checkArgs(where, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        const where = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(where);
        checkDeprecation(where, field);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const where = `${type.name}.${value.name}`;
        if (blank(value.description)) missing.push(where);
        checkDeprecation(where, value);
      }
    } else if (isUnionType(type)) {
      // A union's members are types, checked on their own.
    }
  }
  return missing.sort();
}

describe('schema documentation', () => {
  it('describes every type, field, argument, enum value and input field, and every deprecation has a reason', async () => {
    const missing = undocumented(await createSchema());
    if (missing.length) console.error(`Undocumented schema elements (${missing.length}):\n  ${missing.join('\n  ')}`);
    expect(missing).toEqual([]);
  });
});
