import { Link } from "react-router";

/** The pages every GOV.UK service links from its footer: privacy, cookies, accessibility statement, contact. */
export const INFO_PAGES = [
  { path: "/privacy", label: "Privacy" },
  { path: "/cookies", label: "Cookies" },
  { path: "/accessibility", label: "Accessibility statement" },
  { path: "/contact", label: "Contact" },
] as const;

function Page({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Back to the service
          </Link>
        </p>
      </div>
    </div>
  );
}

function PrivacyPage() {
  return (
    <Page title="Privacy">
      <p className="govuk-body">
        Your council is the data controller for the complaints, compliments and comments recorded here. It uses them to consider and respond to
        representations under the Children Act 1989 and the Children Act 1989 Representations Procedure (England) Regulations 2006.
      </p>
      <p className="govuk-body">
        Names, contact details and what people said are seen only by complaints officers and managers. Every time someone reads them, the platform
        records who and when in an audit trail. Analysts see counts only.
      </p>
      <p className="govuk-body">Ask your council's data protection officer to see, correct or erase what is held about you.</p>
    </Page>
  );
}

function CookiesPage() {
  return (
    <Page title="Cookies">
      <p className="govuk-body">
        This service sets one essential cookie, <code>csc-session</code> (<code>__Host-csc-session</code> over HTTPS), when you sign in. It keeps you
        signed in across the tabs of your browser, cannot be read by the pages' scripts, is sent only to this service, and ends when you sign out,
        after a period without use, or at the end of the working day. Essential cookies need no consent.
      </p>
      <p className="govuk-body">It uses no analytics or advertising trackers.</p>
    </Page>
  );
}

function AccessibilityPage() {
  return (
    <Page title="Accessibility statement">
      <p className="govuk-body">
        This service is built with the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Its
        pages are tested automatically with axe in a browser, and at a width of 320 pixels so that they reflow without scrolling sideways.
      </p>
      <h2 className="govuk-heading-m">Reporting problems</h2>
      <p className="govuk-body">If you find a problem, tell your council's complaints team, who will pass it to the platform's maintainers.</p>
      <h2 className="govuk-heading-m">Enforcement</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
        Regulations 2018. If you are not happy with how your council responds, contact the Equality Advisory and Support Service.
      </p>
    </Page>
  );
}

function ContactPage() {
  return (
    <Page title="Contact">
      <p className="govuk-body">For help with a case or your account, contact your council's complaints manager.</p>
      <p className="govuk-body">
        To make a complaint about children's social care, contact the council's complaints team directly: this service is for council staff.
      </p>
    </Page>
  );
}

export const infoRoutes = [
  { path: "/privacy", element: <PrivacyPage /> },
  { path: "/cookies", element: <CookiesPage /> },
  { path: "/accessibility", element: <AccessibilityPage /> },
  { path: "/contact", element: <ContactPage /> },
];
