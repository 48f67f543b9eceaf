import { ErrorSummary, type FieldError } from "../../components/govuk";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { SettingsBackLink } from "./SettingsBackLink";

/**
 * The first lines of a settings page, in GOV.UK's order: the back link, the error summary (focused when it shows),
 * the success banner of the last change (focused, so keyboard and screen-reader users hear it) and the heading.
 * `errorsKey` and `noticeKey` change on every refusal or success, so a second one is shown and focused afresh.
 */
export function SettingsPageTop({
  title,
  back,
  errors = [],
  errorsKey,
  notice,
  noticeKey,
}: {
  title: string;
  back?: { to: string; label: string };
  errors?: FieldError[];
  errorsKey?: number;
  notice?: string | null;
  noticeKey?: number;
}) {
  return (
    <>
      <SettingsBackLink {...back} />
      <ErrorSummary key={errorsKey} errors={errors} />
      {notice ? (
        <SuccessBanner key={noticeKey} id="settings-done">
          {notice}
        </SuccessBanner>
      ) : null}
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}
