import { Route, Routes, useParams } from "react-router";
import { usePageChange } from "../../app/usePageChange";
import { SiteFooter } from "../../app/SiteFooter";
import { OtherVersionLink, PublicFeedbackPage } from "./PublicFeedbackPage";
import type { FormVersion } from "./wording";
import { PublicFormVersion } from "../../graphql/generated/graphql";

/**
 * The public pages' frame: no navigation and nothing of the officers' service, just the form, a link to the
 * other version of it and the footer's information pages.
 */
function PublicFrame({ version }: { version: FormVersion }) {
  const { councilId = "" } = useParams();
  usePageChange();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <span className="govuk-header__product-name">Children's social care: complaints, compliments and comments</span>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <p className="govuk-body govuk-!-margin-top-4">
          <OtherVersionLink councilId={councilId} version={version} />
        </p>
        <main className="govuk-main-wrapper govuk-!-padding-top-2" id="main-content" tabIndex={-1}>
          <PublicFeedbackPage version={version} />
        </main>
      </div>
      <SiteFooter>Children Act 1989 representations procedure.</SiteFooter>
    </>
  );
}

/** Routes under /:councilId/feedback: the form for everyone and the version for children and young people. */
export function PublicFeedbackRoutes() {
  return (
    <Routes>
      <Route index element={<PublicFrame version={PublicFormVersion.General} />} />
      <Route path="young-people" element={<PublicFrame version={PublicFormVersion.YoungPeople} />} />
    </Routes>
  );
}
