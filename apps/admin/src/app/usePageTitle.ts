import { useEffect } from "react";

export const SERVICE_NAME = "Children's social care complaints";

/** The page title GOV.UK asks for: "<page> – <service> – GOV.UK" style, with "Error: " first when errors show. */
export function pageTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? "Error: " : ""}${title} – ${SERVICE_NAME}`;
}

/** Sets a unique document title for the page, prefixed with "Error: " while the page shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasErrors);
  }, [title, hasErrors]);
}
