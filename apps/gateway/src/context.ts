import type { IsoDate } from "@csc/rules";
import type { SessionTokens } from "./auth/session-token";
import type { Viewer } from "./auth/viewer";
import type { CouncilPrisma, GatewayPrisma } from "./db/client";
import type { DocumentStoreFor } from "./documents/document-store";
import type { AnalyticsEngine } from "./reports/analytics-engine";

/** What every resolver receives. Built per request by ./auth/resolve-viewer. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  /** The gateway's own client, on its login role (owns nothing, bypasses nothing): it opens council transactions
   * (withCouncil, csc_app) and platform transactions (withPlatform, csc_platform) and can do nothing by itself. */
  root: GatewayPrisma;
  /**
   * The client resolvers read through: every query runs in a transaction with app.council_id set to the
   * viewer's council, so PostgreSQL row-level security is the second wall. Null for a viewer with no council.
   */
  prisma: CouncilPrisma | null;
  /** Today, for the statutory clocks (working days are counted on dates, not times). */
  asOf: IsoDate;
  /** Signs session tokens for signIn. */
  sessions: SessionTokens;
  /** The caller's network address (sign-in throttling per address); absent outside HTTP requests. */
  clientAddress?: string;
  /** Case ids whose personal data this request has already recorded a read of in the audit log. */
  auditedReads: Set<string>;
  /** Where reports and analyst queries run (worker threads on their own pool); absent: in this thread on `root`. */
  analytics?: AnalyticsEngine;
  /** Where each council keeps its case documents (CSC_DOCUMENT_STORE); absent: PostgreSQL for every council. */
  documentStores?: DocumentStoreFor;
  /** Called after feedback arrives through the public form (the receipt e-mail is queued at once). */
  afterPublicSubmission?: (councilId: string) => void;
  /** How the viewer signed this request: the admin app's session cookie, or an Authorization bearer token. */
  transport?: "cookie" | "bearer";
  /** Whether the session cookie is Secure (`__Host-`) on this request, and the Set-Cookie to send back, if any. */
  cookies: { secure: boolean; outgoing: string | null };
  /** Queues a password-reset e-mail (through the job queue and SMTP); absent: e-mail is not configured. */
  /** The admin app's address, for links in e-mails (CSC_APP_URL, else the gateway's own address). */
  appUrl?: string;
  sendPasswordReset?: (message: { to: string; subject: string; text: string }) => Promise<void>;
}
