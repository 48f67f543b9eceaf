import { CouncilRole } from "../../graphql/generated/graphql";

/** The council roles as GOV.UK checkboxes in a fieldset; their values are the CouncilRole enum values the gateway sends and takes. */
const ROLES = [
  { value: CouncilRole.ComplaintsOfficer, label: "Complaints officer", hint: "Records and handles cases, sees personal data" },
  { value: CouncilRole.Manager, label: "Manager", hint: "Handles cases and reads dashboards" },
  { value: CouncilRole.Analyst, label: "Analyst", hint: "Aggregate figures only, never personal data" },
  { value: CouncilRole.CouncilAdmin, label: "Council administrator", hint: "Changes these settings" },
  { value: CouncilRole.Auditor, label: "Auditor", hint: "Reads case facts and the audit trail" },
] as const;

export function roleLabel(role: string): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

export function RoleCheckboxes({ value, onChange, error }: { value: string[]; onChange: (roles: string[]) => void; error?: string | undefined }) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? "roles-error" : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Roles</legend>
        {error ? (
          <p id="roles-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          {ROLES.map((role, i) => {
            const id = i === 0 ? "roles" : `roles-${i + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={role.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  type="checkbox"
                  checked={value.includes(role.value)}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => onChange(e.target.checked ? [...value, role.value] : value.filter((r) => r !== role.value))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {role.label}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {role.hint}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
