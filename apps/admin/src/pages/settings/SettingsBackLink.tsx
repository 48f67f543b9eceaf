import { Link } from "react-router";

export function SettingsBackLink({ to = "/settings", label = "Back to settings" }: { to?: string; label?: string }) {
  return (
    <Link className="govuk-back-link" to={to}>
      {label}
    </Link>
  );
}
