import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { IsoDate } from "@csc/rules";
import { createOidcVerifier } from "./auth/oidc";
import { identityProviderOrigins } from "./http/identity-provider-origins";
import type { OidcVerifier } from "./auth/oidc";
import { createSessionTokens } from "./auth/session-token";
import type { SessionTokens } from "./auth/session-token";
import { buildSchema } from "./build-schema";
import type { GatewayContext } from "./context";
import { createContext, credentialsOf } from "./create-context";
import { todayInLondon } from "./today-in-london";
import type { GatewayPrisma } from "./db/client";
import { createApollo } from "./http/apollo";
import { trustedDocumentsOnly, type TrustedDocuments, type TrustedDocumentsMode } from "./http/trusted-documents";
import { documentDownloadHandler, documentUploadHandler } from "./documents/document-routes";
import { importUploadHandler } from "./http/import-upload";
import type { DocumentStoreFor } from "./documents/document-store";
import { reportDownloadHandler } from "./http/report-download";
import { createHttpGateway } from "./http/server";
import type { Logger } from "./log";
import { createJsonLogger } from "./log";
import { inProcessAnalytics, type AnalyticsEngine } from "./reports/analytics-engine";
import { type Recounting, recountingAnalytics } from "./reports/recounting";
import { closePdfBrowser } from "./reports/render/pdf";

export interface GatewayOptions {
  root: GatewayPrisma;
  logger?: Logger;
  sessions?: SessionTokens;
  verifyOidc?: OidcVerifier;
  today?: () => IsoDate;
  /** A built admin app to serve at / when the folder exists. */
  staticDir?: string;
  /** Where reports and analyst queries run (reports/analytics-pool.ts); default: in this thread on `root`. */
  analytics?: AnalyticsEngine;
  /** Councils whose counted units are being rebuilt (startup/recount.ts): their figures are refused meanwhile. */
  recounting?: Recounting;
  /** Called after feedback arrives through the public form (main.ts: queue the council's e-mails, so the receipt goes at once). */
  afterPublicSubmission?: (councilId: string) => void;
  /** Queues a password-reset e-mail (main.ts: through the job queue to SMTP). Absent: resets are refused. */
  sendPasswordReset?: GatewayContext["sendPasswordReset"];
  /** The admin app's address for links in e-mails; default CSC_APP_URL, else the address the gateway listens on. */
  appUrl?: string;
  /** Trusted documents (http/trusted-documents.ts): in `only` mode, cookie sessions run only the listed documents. */
  trustedDocuments?: { mode: TrustedDocumentsMode; documents: TrustedDocuments | null };
  /** Where each council's documents go (documents/document-store-config.ts); PostgreSQL by default. */
  documentStores?: DocumentStoreFor;
}

export interface Gateway {
  /** Starts listening on 127.0.0.1 or the given host; port 0 picks a free one. Resolves with the URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting requests, lets in-flight ones finish, then stops Apollo. Does not close the database. */
  stop(): Promise<void>;
  /** Requests being answered now (for graceful-shutdown tests and diagnostics). */
  inFlight(): number;
  sessions: SessionTokens;
}

/** The gateway: Apollo Server over the Pothos schema behind Node's http server. */
const withRecounting = (engine: AnalyticsEngine, recounting: Recounting | undefined): AnalyticsEngine =>
  recounting ? recountingAnalytics(engine, recounting) : engine;

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const logger = options.logger ?? createJsonLogger();
  const sessions = options.sessions ?? createSessionTokens({ secret: process.env.CSC_SESSION_SECRET });
  let listening: string | undefined;
  const deps = {
    appUrl: () => options.appUrl ?? process.env.CSC_APP_URL ?? listening,
    root: options.root,
    sessions,
    verifyOidc: options.verifyOidc ?? createOidcVerifier(),
    today: options.today ?? todayInLondon,
    analytics: withRecounting(options.analytics ?? inProcessAnalytics(options.root), options.recounting),
    ...(options.documentStores ? { documentStores: options.documentStores } : {}),
    ...(options.afterPublicSubmission ? { afterPublicSubmission: options.afterPublicSubmission } : {}),
    ...(options.sendPasswordReset ? { sendPasswordReset: options.sendPasswordReset } : {}),
  };
  const documentStores = options.documentStores ? { stores: options.documentStores } : {};
  const trusted = options.trustedDocuments;
  // Only sessions of the admin app (the cookie) are held to its documents; analysts keep GraphiQL.
  const heldToTrusted = (c: GatewayContext) => c.transport === "cookie" && !c.viewer?.roles.includes("analyst");
  const apollo = createApollo<GatewayContext>(
    buildSchema(),
    logger,
    trusted?.mode === "only" ? [trustedDocumentsOnly(trusted.documents, heldToTrusted)] : [],
  );
  await apollo.start();
  const context = (request: IncomingMessage, requestId: string) =>
    createContext(deps, credentialsOf(request), requestId, request.socket.remoteAddress);
  const http = createHttpGateway<GatewayContext>({
    apollo,
    logger,
    connectSources: identityProviderOrigins(options.root),
    context,
    outgoingCookie: (c) => c.cookies.outgoing,
    routes: {
      "/reports/download": reportDownloadHandler({ root: options.root, analytics: deps.analytics, context }),
      "/documents/upload": documentUploadHandler({ root: options.root, context, ...documentStores }),
      "/documents/download": documentDownloadHandler({ root: options.root, context, ...documentStores }),
      "/imports/cases": importUploadHandler({ context }),
    },
    healthy: async () => {
      await options.root.$queryRaw`SELECT 1`;
      return true;
    },
    staticDir: options.staticDir,
  });
  return {
    sessions,
    inFlight: () => http.inFlight(),
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        http.server.once("error", reject);
        http.server.listen(port, host, () => {
          const { port: bound } = http.server.address() as AddressInfo;
          listening = `http://${host}:${bound}`;
          resolve(listening);
        });
      });
    },
    async stop() {
      if (http.server.listening) await http.drain();
      await apollo.stop();
      await closePdfBrowser();
    },
  };
}
