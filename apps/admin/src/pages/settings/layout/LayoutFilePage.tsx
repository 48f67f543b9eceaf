import { useEffect, useState } from "react";
import type { ChangeEvent, FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, Textarea, TextInput } from "../../../components/govuk";
import type { FieldError } from "../../../components/govuk";
import { REPORT_LAYOUT, SAVE_REPORT_LAYOUT } from "../../../graphql/report-layout-operations";
import { SettingsBackLink } from "../SettingsBackLink";
import { parseLayoutText } from "./layout-builder";
import { saveErrors } from "./layout-errors";

/** Council administrators: the layout file (JSON) in force, to edit here or replace with an uploaded file; saved as the next version. */
export function LayoutFilePage() {
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: REPORT_LAYOUT, requestPolicy: "network-only" });
  const [text, setText] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, save] = useMutation(SAVE_REPORT_LAYOUT);
  useEffect(() => {
    if (text === null && data) setText(JSON.stringify(data.reportLayout.json, null, 2));
  }, [data, text]);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text?.trim()) {
      setErrors([{ field: "layout-json", message: "Enter the layout, or choose a layout file" }]);
      return;
    }
    const parsed = parseLayoutText(text);
    if (parsed.problem !== null) {
      setErrors([{ field: "layout-json", message: parsed.problem }]);
      return;
    }
    const result = await save({ input: { layout: parsed.layout, note: note.trim() || null } });
    const found = saveErrors(result.error, result.data?.saveReportLayout.problems, "layout-json");
    setErrors(found);
    const version = result.data?.saveReportLayout.layout?.version;
    if (found.length === 0 && version) void navigate("/settings/report-layout", { state: { saved: `Layout version ${version} saved and in force` } });
  };
  const error = errors.length > 0 ? `${errors.length} problem${errors.length === 1 ? "" : "s"} in the layout: see the list above` : undefined;
  return (
    <>
      <SettingsBackLink to="/settings/report-layout" label="Back to report layout" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Upload or edit the layout file</h1>
        <p className="govuk-body">
          The layout is a JSON file: sections, tables, the measure in each cell, charts and rounding. Edit it here or upload a file; the layout is
          checked before it is saved, and each problem names where it is in the file.
        </p>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="layout-upload">
            Upload a layout file
          </label>
          <input className="govuk-file-upload" id="layout-upload" type="file" accept=".json,application/json" onChange={(e) => void upload(e)} />
        </div>
        <Textarea id="layout-json" label="Layout (JSON)" rows={24} value={text ?? ""} error={error} onChange={setText} />
        <TextInput id="layout-note" label="What changed (optional)" value={note} onChange={setNote} />
        <Button type="submit" disabled={fetching || text === null}>
          Save layout
        </Button>
      </form>
    </>
  );
}
