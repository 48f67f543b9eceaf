import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { Provider } from "urql";
import { AuthProvider, useAuth } from "../auth/AuthContext";
import { CasePage } from "../pages/case/CasePage";
import { ChangeDetailsPage } from "../pages/case/ChangeDetailsPage";
import { AuditTrailPage } from "../pages/AuditTrailPage";
import { CasesPage } from "../pages/CasesPage";
import { HomePage } from "../pages/HomePage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { OidcCallbackPage } from "../pages/OidcCallbackPage";
import { RecordFeedbackPage } from "../pages/RecordFeedbackPage";
import { SignInPage } from "../pages/SignInPage";
import { AccountPage } from "../pages/account/AccountPage";
import { ForgottenPasswordPage } from "../pages/account/ForgottenPasswordPage";
import { ResetPasswordPage } from "../pages/account/ResetPasswordPage";
import { infoRoutes } from "../pages/info/InfoPages";
import { PublicFeedbackRoutes } from "../pages/public/PublicLayout";
import { Layout } from "./Layout";
import { TodayContext } from "./today";
import { RequireRole } from "./RequireRole";

const READ_CASES = ["complaints_officer", "manager", "auditor"];
const HANDLE_CASES = ["complaints_officer", "manager"];
import { extraRoutes } from "./extra-routes";

function Routed() {
  const { session, client } = useAuth();
  return (
    <Provider value={client}>
      <Routes>
        {/* The public front door (issue 14 item 3): no sign-in, its own frame, signed in or not. */}
        <Route path="/:councilId/feedback/*" element={<PublicFeedbackRoutes />} />
        <Route path="*" element={<SignedInOrOut session={session} />} />
      </Routes>
    </Provider>
  );
}

function SignedInOrOut({ session }: { session: ReturnType<typeof useAuth>["session"] }) {
  return (
    <Layout>
      {session === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : session ? (
        <TodayContext.Provider value={session.today}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route
              path="/cases"
              element={
                <RequireRole roles={READ_CASES}>
                  <CasesPage />
                </RequireRole>
              }
            />
            <Route
              path="/cases/new"
              element={
                <RequireRole roles={HANDLE_CASES}>
                  <RecordFeedbackPage />
                </RequireRole>
              }
            />
            <Route
              path="/cases/:id"
              element={
                <RequireRole roles={READ_CASES}>
                  <CasePage />
                </RequireRole>
              }
            />
            <Route
              path="/cases/:id/change/:field"
              element={
                <RequireRole roles={HANDLE_CASES}>
                  <ChangeDetailsPage />
                </RequireRole>
              }
            />
            <Route
              path="/audit"
              element={
                <RequireRole roles={["auditor", "council_admin"]}>
                  <AuditTrailPage />
                </RequireRole>
              }
            />
            {[...extraRoutes, ...infoRoutes].map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="/account" element={<AccountPage />} />
            <Route path="/sign-in" element={<Navigate to="/" replace />} />
            <Route path="/forgotten-password" element={<Navigate to="/account" replace />} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route path="/auth/callback" element={<Navigate to="/" replace />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </TodayContext.Provider>
      ) : (
        <Routes>
          <Route path="/auth/callback" element={<OidcCallbackPage />} />
          <Route path="/forgotten-password" element={<ForgottenPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          {infoRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<SignInPage />} />
        </Routes>
      )}
    </Layout>
  );
}

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routed />
      </BrowserRouter>
    </AuthProvider>
  );
}
