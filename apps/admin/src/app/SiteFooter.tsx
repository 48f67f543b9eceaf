import type { ReactNode } from "react";
import { Link } from "react-router";
import { INFO_PAGES } from "../pages/info/InfoPages";

/** The GOV.UK footer every page shares: the support links (privacy, cookies, accessibility, contact) and a line. */
export function SiteFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {INFO_PAGES.map((info) => (
                <li className="govuk-footer__inline-list-item" key={info.path}>
                  <Link className="govuk-footer__link" to={info.path}>
                    {info.label}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s">{children}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
