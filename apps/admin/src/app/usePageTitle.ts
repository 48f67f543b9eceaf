import { useEffect } from "react";
import { useLocation } from "react-router";

const SERVICE_NAME = "Children's social care complaints";

/** The page title GOV.UK asks for: "<page> – <service>", with "Error: " first when the page shows errors. */
function pageTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? "Error: " : ""}${title} – ${SERVICE_NAME}`;
}

/** A title a page chose itself, for its path; otherwise the title comes from the page's h1. */
let chosen: { path: string; title: string } | null = null;

/** Sets the document title from the page: its chosen title or its h1, "Error: " while it shows an error summary. */
export function applyPageTitle(pathname: string): void {
  const main = document.getElementById("main-content");
  const h1 = main?.querySelector("h1")?.textContent?.trim();
  const title = chosen && chosen.path === pathname ? chosen.title : h1 || SERVICE_NAME;
  const hasErrors = Boolean(main?.querySelector(".govuk-error-summary"));
  const next = title === SERVICE_NAME ? `${hasErrors ? "Error: " : ""}${SERVICE_NAME}` : pageTitle(title, hasErrors);
  if (document.title !== next) document.title = next;
}

/** A page's own title (e.g. "Cases (page 2)"); "Error: " is added by the layout whenever errors show. */
export function usePageTitle(title: string, _hasErrors = false): void {
  const { pathname } = useLocation();
  useEffect(() => {
    chosen = { path: pathname, title };
    applyPageTitle(pathname);
  }, [title, pathname]);
}
