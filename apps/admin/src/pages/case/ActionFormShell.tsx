import { type ReactNode, useEffect, useRef } from "react";
import { Button, ErrorSummary, type FieldError } from "../../components/govuk";

/**
 * The frame of an opened case action: its error summary, its heading (focused when the form opens, so keyboard
 * and screen-reader users land on it wherever the button was), its note, its fields, Save and Cancel.
 */
export function ActionFormShell(props: {
  formKey: string;
  title: string;
  note?: string | undefined;
  errors: FieldError[];
  busy: boolean;
  onSubmit: (event: React.FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const titleId = `${props.formKey}-title`;
  return (
    <form onSubmit={props.onSubmit} noValidate aria-labelledby={titleId}>
      <ErrorSummary errors={props.errors} />
      <h2 className="govuk-heading-m" id={titleId} ref={heading} tabIndex={-1}>
        {props.title}
      </h2>
      {props.note ? <p className="govuk-body-s">{props.note}</p> : null}
      {props.children}
      <div className="govuk-button-group">
        <Button type="submit" disabled={props.busy}>
          Save
        </Button>
        <button type="button" className="govuk-link app-link-button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
