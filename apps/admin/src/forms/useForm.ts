import { type FormEvent, useCallback, useEffect, useMemo, useState } from "react";
import type { FieldError } from "../components/govuk";

type Values = Record<string, string>;
type Validator<T extends Values> = (values: T) => Partial<Record<keyof T & string, string>>;

interface FormState<T extends Values> {
  values: T;
  set: (field: keyof T & string, value: string) => void;
  touch: (field: keyof T & string) => void;
  /** Errors to show: a field's own error once it was touched or the form was submitted; server errors always. */
  errorFor: (field: keyof T & string) => string | undefined;
  summary: FieldError[];
  setServerErrors: (errors: FieldError[]) => void;
  onSubmit: (handler: (values: T) => Promise<void> | void) => (event: FormEvent) => void;
  submitting: boolean;
  reset: () => void;
}

/**
 * Form state with validation as you go (on change after a field is touched, and on blur) and on submit.
 * With `draftKey`, what was typed is kept in sessionStorage until the form succeeds, so a server error or a
 * reload never loses it.
 */
export function useForm<T extends Values>(initial: T, validate: Validator<T>, draftKey?: string): FormState<T> {
  const [values, setValues] = useState<T>(() => {
    if (!draftKey) return initial;
    try {
      const saved = sessionStorage.getItem(`draft:${draftKey}`);
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
    } catch {
      return initial;
    }
  });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (draftKey) sessionStorage.setItem(`draft:${draftKey}`, JSON.stringify(values));
  }, [draftKey, values]);

  const clientErrors = useMemo(() => validate(values), [validate, values]);

  const set = useCallback((field: keyof T & string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors((errs) => errs.filter((e) => e.field !== field));
  }, []);
  const touch = useCallback((field: keyof T & string) => setTouched((t) => new Set(t).add(field)), []);

  const errorFor = (field: keyof T & string): string | undefined =>
    serverErrors.find((e) => e.field === field)?.message ?? (submitted || touched.has(field) ? clientErrors[field] : undefined);

  const shownClient: FieldError[] = Object.entries(clientErrors)
    .filter(([field, message]) => message && (submitted || touched.has(field)))
    .map(([field, message]) => ({ field, message: message as string }));
  const summary = submitted ? [...shownClient, ...serverErrors.filter((e) => !clientErrors[e.field as keyof T & string])] : serverErrors;

  const onSubmit = (handler: (values: T) => Promise<void> | void) => (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(clientErrors).some(Boolean)) return;
    setSubmitting(true);
    Promise.resolve(handler(values))
      .then(() => {
        if (draftKey) sessionStorage.removeItem(`draft:${draftKey}`);
      })
      .catch((error: unknown) => {
        setServerErrors([{ field: "form", message: error instanceof Error ? error.message : "Something went wrong; nothing you typed was lost" }]);
      })
      .finally(() => setSubmitting(false));
  };

  const reset = () => {
    setValues(initial);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors([]);
    if (draftKey) sessionStorage.removeItem(`draft:${draftKey}`);
  };

  return { values, set, touch, errorFor, summary, setServerErrors, onSubmit, submitting, reset };
}
