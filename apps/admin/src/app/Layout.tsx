import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useAuth } from "../auth/AuthContext";
import { hasRole } from "../auth/session";
import { SiteFooter } from "./SiteFooter";
import { usePageChange } from "./usePageChange";

interface NavItem {
  to: string;
  label: string;
  roles?: string[];
}

const NAV: NavItem[] = [
  { to: "/", label: "Home" },
  { to: "/cases", label: "Cases", roles: ["complaints_officer", "manager", "auditor"] },
  { to: "/cases/new", label: "Record feedback", roles: ["complaints_officer", "manager"] },
  { to: "/learning", label: "Learning", roles: ["complaints_officer", "manager", "auditor"] },
  { to: "/reports", label: "Reports" },
  { to: "/code", label: "Complaint Handling Code", roles: ["complaints_officer", "manager", "council_admin"] },
  { to: "/statistics", label: "Statistics", roles: ["complaints_officer", "manager", "analyst", "council_admin", "auditor"] },
  { to: "/compare", label: "Compare councils", roles: ["analyst", "manager", "council_admin", "platform_admin"] },
  { to: "/settings", label: "Settings", roles: ["council_admin"] },
  { to: "/councils", label: "Councils", roles: ["platform_admin"] },
  { to: "/audit", label: "Audit trail", roles: ["auditor", "council_admin"] },
  { to: "/graphiql", label: "Query (GraphiQL)", roles: ["analyst"] },
];

/** The navigation item the path belongs to: the longest item path it starts with ("/cases/new" over "/cases"). */
function currentNavItem(items: NavItem[], pathname: string): string | null {
  const matching = items.filter((item) => (item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`)));
  return matching.sort((a, b) => b.to.length - a.to.length)[0]?.to ?? null;
}

export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useAuth();
  const { pathname } = useLocation();
  usePageChange();
  const items = NAV.filter((item) => !item.roles || hasRole(session, ...item.roles));
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__homepage-link">
              <span className="govuk-header__product-name">{session?.councilName ?? "Councils' shared complaints platform"}</span>
            </Link>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Children's social care complaints
              </Link>
            </span>
            {session ? (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {items.map((item) => {
                    // The current section is marked (GOV.UK service navigation: --active and aria-current).
                    const current = currentNavItem(items, pathname) === item.to;
                    return (
                      <li className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`} key={item.to}>
                        <Link to={item.to} className="govuk-service-navigation__link" aria-current={current ? "page" : undefined}>
                          {current ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                        </Link>
                      </li>
                    );
                  })}
                  <li className={`govuk-service-navigation__item${pathname === "/account" ? " govuk-service-navigation__item--active" : ""}`}>
                    <Link to="/account" className="govuk-service-navigation__link" aria-current={pathname === "/account" ? "page" : undefined}>
                      {pathname === "/account" ? <strong className="govuk-service-navigation__active-fallback">Your account</strong> : "Your account"}
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-service-navigation__link app-link-button" onClick={() => void signOut()}>
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            ) : null}
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. Your{" "}
              <Link className="govuk-link" to="/contact">
                feedback
              </Link>{" "}
              will help us to improve it.
            </span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter>
        Children Act 1989 representations procedure (SI 2006/1738).
        {session ? ` Signed in as ${session.displayName} (${session.roles.join(", ").replace(/_/g, " ")}).` : " You are not signed in."}
      </SiteFooter>
    </>
  );
}
