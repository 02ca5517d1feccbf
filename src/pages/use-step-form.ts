import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import { answerFor, type Answers, type StepAnswer, type StepValues } from '../answers/answers';
import { stepSchemas } from '../answers/answers';
import { formValuesFor, type TypedBeforeApp } from '../content/form-values';
import type { StepId } from '../answers/step-ids';
import type { FieldError } from '../components/error-summary';
import type { UnitSystem } from '../answers/units';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

/**
 * The form of one question page: its schema as resolver, its saved answers as defaults, and
 * the errors in page order for the summary. Field components reach it through FormProvider.
 */
export function useStepForm<K extends StepId>(
  step: K,
  answers: Answers,
  fieldOrder: readonly string[],
  onAnswer: (answer: StepAnswer) => void,
  defaultUnits?: UnitSystem,
  typed?: TypedBeforeApp,
) {
  const { messages, formatNumber } = useI18n();
  const form = useForm<FieldValues, unknown, StepValues<K>>({
    // The schema map is keyed by step, so the resolver's input and output are that page's types.
    resolver: zodResolver(stepSchemas[step] as never) as never,
    defaultValues: formValuesFor(step, answers, defaultUnits, typed) as FieldValues,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [attempt, setAttempt] = useState(0);

  const onSubmit = form.handleSubmit(
    (values) => onAnswer(answerFor(step, values)),
    () => setAttempt((count) => count + 1),
  );

  // Errors hold catalog keys; they are put into words at render, so a language switch re-words them.
  const errors = errorList(form.formState.errors, fieldOrder).map((error) => ({
    ...error,
    message: errorText(error.message, messages.errors, formatNumber),
  }));
  return { form, onSubmit, errors, attempt };
}

function errorList(errors: FieldErrors, fieldOrder: readonly string[]): FieldError[] {
  const list: FieldError[] = [];
  for (const name of fieldOrder) {
    const message = errors[name]?.message;
    if (typeof message === 'string') list.push({ fieldId: name, message });
  }
  return list;
}

export function errorFor(errors: FieldError[], name: string): string | undefined {
  return errors.find((error) => error.fieldId === name)?.message;
}
