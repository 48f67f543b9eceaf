import type { ReactElement } from "react";
import { AddTeamPage } from "./AddTeamPage";
import { ApiKeysPage } from "./ApiKeysPage";
import { CalendarPage } from "./CalendarPage";
import { ContextFiguresPage } from "./ContextFiguresPage";
import { EditUserPage } from "./EditUserPage";
import { LetterTemplatePage } from "./LetterTemplatePage";
import { LetterTemplatesPage } from "./LetterTemplatesPage";
import { NewVersionPage } from "./NewVersionPage";
import { NotificationsPage } from "./NotificationsPage";
import { LayoutBuilderPage } from "./layout/LayoutBuilderPage";
import { LayoutFilePage } from "./layout/LayoutFilePage";
import { PublishedFiguresPage } from "./layout/PublishedFiguresPage";
import { ReportLayoutPage } from "./layout/ReportLayoutPage";
import { RenameTeamPage } from "./RenameTeamPage";
import { RetentionPage } from "./RetentionPage";
import { SettingsIndexPage } from "./SettingsIndexPage";
import { TeamsPage } from "./TeamsPage";
import { UsersPage } from "./UsersPage";
import { VOCABULARY_PAGES } from "./vocabulary-kinds";
import { VocabularyPage } from "./VocabularyPage";

/** The council settings pages (council administrators; the gateway refuses every other role). */
export const settingsRoutes: Array<{ path: string; element: ReactElement }> = [
  { path: "/settings", element: <SettingsIndexPage /> },
  ...VOCABULARY_PAGES.flatMap((config) => [
    { path: `/settings/${config.slug}`, element: <VocabularyPage key={config.slug} config={config} /> },
    { path: `/settings/${config.slug}/new-version`, element: <NewVersionPage key={config.slug} config={config} /> },
  ]),
  { path: "/settings/teams", element: <TeamsPage /> },
  { path: "/settings/teams/new", element: <AddTeamPage /> },
  { path: "/settings/teams/:id/rename", element: <RenameTeamPage /> },
  { path: "/settings/users", element: <UsersPage /> },
  { path: "/settings/users/:id", element: <EditUserPage /> },
  { path: "/settings/calendar", element: <CalendarPage /> },
  { path: "/settings/letters", element: <LetterTemplatesPage /> },
  { path: "/settings/letters/:kind", element: <LetterTemplatePage /> },
  { path: "/settings/notifications", element: <NotificationsPage /> },
  { path: "/settings/retention", element: <RetentionPage /> },
  { path: "/settings/api-keys", element: <ApiKeysPage /> },
  { path: "/settings/context-figures", element: <ContextFiguresPage /> },
  { path: "/settings/report-layout", element: <ReportLayoutPage /> },
  { path: "/settings/report-layout/add-table", element: <LayoutBuilderPage /> },
  { path: "/settings/report-layout/file", element: <LayoutFilePage /> },
  { path: "/settings/report-layout/published", element: <PublishedFiguresPage /> },
];
