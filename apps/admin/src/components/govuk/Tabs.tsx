import { useRef } from "react";
import type { KeyboardEvent, ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";

export interface TabItem {
  /** The panel's id, also the URL's fragment when the tab is chosen (`/cases/…#notes`). */
  id: string;
  label: string;
  panel: ReactNode;
}

/** GOV.UK's tablet breakpoint, from which the tabs show one panel at a time. */
const TABLET_AND_UP = "(min-width: 40.0625em)";

/** The tab the URL's fragment names, else the first. */
export function chosenTab(items: readonly Pick<TabItem, "id">[], hash: string): string | undefined {
  const wanted = hash.replace(/^#/, "");
  return (items.find((t) => t.id === wanted) ?? items[0])?.id;
}

/**
 * The GOV.UK Tabs component (https://design-system.service.gov.uk/components/tabs/), its markup and behaviour as
 * govuk-frontend's script gives them: a tab list with one panel shown, the chosen tab kept in the URL's fragment
 * (so a link, a reload or a return from a change page opens the same tab), the left and right arrow keys moving
 * between tabs, and only the chosen tab in the tab order. On a small screen GOV.UK's styles show every panel in turn
 * under a contents list, as the component does.
 */
export function Tabs({ title, items }: { title: string; items: readonly TabItem[] }) {
  const location = useLocation();
  const navigate = useNavigate();
  const tabRefs = useRef(new Map<string, HTMLAnchorElement>());
  const selected = chosenTab(items, location.hash);
  const choose = (id: string, focus: boolean) => {
    // The page's state (a success banner's text) is left behind: it belongs to the change that set it.
    void navigate({ pathname: location.pathname, search: location.search, hash: `#${id}` }, { replace: true });
    if (focus) tabRefs.current.get(id)?.focus();
    // Below GOV.UK's tablet width every panel shows and the tabs are a contents list: a link takes you to its panel.
    if (!(window.matchMedia?.(TABLET_AND_UP).matches ?? true)) document.getElementById(id)?.scrollIntoView();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const next = items[index + step];
    if (step === 0 || !next) return;
    event.preventDefault();
    choose(next.id, true);
  };
  return (
    <div className="govuk-tabs" data-module="govuk-tabs">
      <h2 className="govuk-tabs__title">{title}</h2>
      <ul className="govuk-tabs__list" role="tablist">
        {items.map((t, index) => (
          <li key={t.id} className={`govuk-tabs__list-item${t.id === selected ? " govuk-tabs__list-item--selected" : ""}`} role="presentation">
            <a
              ref={(el) => {
                if (el) tabRefs.current.set(t.id, el);
                else tabRefs.current.delete(t.id);
              }}
              className="govuk-tabs__tab"
              href={`#${t.id}`}
              id={`tab_${t.id}`}
              role="tab"
              aria-controls={t.id}
              aria-selected={t.id === selected}
              tabIndex={t.id === selected ? 0 : -1}
              onClick={(event) => {
                event.preventDefault();
                choose(t.id, false);
              }}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t.label}
            </a>
          </li>
        ))}
      </ul>
      {items.map((t) => (
        <div
          key={t.id}
          className={`govuk-tabs__panel${t.id === selected ? "" : " govuk-tabs__panel--hidden"}`}
          id={t.id}
          role="tabpanel"
          aria-labelledby={`tab_${t.id}`}
        >
          {t.panel}
        </div>
      ))}
    </div>
  );
}
