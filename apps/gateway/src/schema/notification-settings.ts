import { builder } from "../builder";
import { pageSizeArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { resolveCountedConnection } from "../limits/counted-cursor-connection";
import { nameCursor } from "../services/page-by-name";
import { CouncilRoleEnum } from "./enums";
import {
  pageNotificationSettings,
  readNotificationPolicy,
  readNotificationSettings,
  setNotificationPolicy,
  setNotificationSettings,
  settingKey,
  type NotificationPolicyView,
  type NotificationSettingView,
} from "../services/notification-settings";
import { councilScope } from "../services/council-scope";
import { notFound } from "../errors/gateway-error";

const anyCouncilUser = { handleCases: true, readCases: true, readAggregates: true, readAudit: true, configureCouncil: true } as const;
const admin = { configureCouncil: true } as const;

const NotificationSetting = builder.objectRef<NotificationSettingView>("NotificationSetting").implement({
  description: "The reminder e-mails one user of the council gets (all on until they or an administrator change them)",
  authScopes: anyCouncilUser,
  fields: (t) => ({
    userId: t.exposeID("userId", { description: "The user's id" }),
    displayName: t.exposeString("displayName", { description: "The user's name as shown in the app" }),
    email: t.exposeString("email", { description: "Where the e-mails go" }),
    roles: t.expose("roles", { type: [CouncilRoleEnum], description: "The user's roles in the council" }),
    dueSoon: t.exposeBoolean("dueSoon", { description: "An e-mail when a case they hold is due within the council's warning period" }),
    overdue: t.exposeBoolean("overdue", { description: "An e-mail when a case they hold is overdue" }),
    digest: t.exposeBoolean("digest", { description: "The daily digest of the team's due and overdue work (managers)" }),
  }),
});

const NotificationPolicy = builder.objectRef<NotificationPolicyView>("NotificationPolicy").implement({
  description: "The council's reminder policy",
  authScopes: anyCouncilUser,
  fields: (t) => ({
    warningWorkingDays: t.exposeInt("warningWorkingDays", { description: "Working days before a clock's due date that its officer is warned" }),
    source: t.exposeString("source", { description: "Where the warning period comes from (council setting or local policy default)" }),
    digestEnabled: t.exposeBoolean("digestEnabled", { description: "Whether managers get the daily digest" }),
  }),
});

builder.queryField("notificationSettings", (t) =>
  t.connection(
    {
      type: NotificationSetting,
      description: `Every user of your council with the reminder e-mails they get, by name (council administrators); at most ${LIMITS.maxPageSize} a page`,
      authScopes: admin,
      validate: pageSizeArgsSchema,
      resolve: (_root, args, context) =>
        resolveCountedConnection<NotificationSettingView>(
          args,
          (s) => nameCursor(settingKey(s)),
          (params) => pageNotificationSettings(context, params),
        ),
    },
    {
      description: "A page of your council's users' reminder e-mails",
      fields: (c) => ({
        totalCount: c.exposeInt("totalCount", { description: "How many users of the council, across every page" }),
      }),
    },
  ),
);

builder.queryField("myNotificationSettings", (t) =>
  t.field({
    type: NotificationSetting,
    description: "The reminder e-mails you get in the council you are signed in to",
    authScopes: anyCouncilUser,
    resolve: async (_root, _args, context) => {
      const [mine] = await readNotificationSettings(context, councilScope(context).viewer.userId);
      if (!mine) throw notFound("User");
      return mine;
    },
  }),
);

builder.queryField("notificationPolicy", (t) =>
  t.field({
    type: NotificationPolicy,
    description: "Your council's reminder policy (warning period and digest)",
    authScopes: anyCouncilUser,
    resolve: (_root, _args, context) => readNotificationPolicy(context),
  }),
);

const SetNotificationSettingsInput = builder.inputType("SetNotificationSettingsInput", {
  description: "Which reminder e-mails a user gets",
  fields: (t) => ({
    userId: t.id({ required: false, description: "The user (council administrators only); omitted: yourself" }),
    dueSoon: t.boolean({ description: "E-mail when a case is due within the warning period" }),
    overdue: t.boolean({ description: "E-mail when a case is overdue" }),
    digest: t.boolean({ description: "The managers' daily digest" }),
  }),
});

builder.mutationField("setNotificationSettings", (t) =>
  t.field({
    type: NotificationSetting,
    description: "Set your reminder e-mails, or (council administrators) another user's",
    authScopes: anyCouncilUser,
    args: { input: t.arg({ type: SetNotificationSettingsInput, required: true, description: "The settings" }) },
    resolve: (_root, args, context) => setNotificationSettings(context, args.input),
  }),
);

const SetNotificationPolicyInput = builder.inputType("SetNotificationPolicyInput", {
  description: "The council's reminder policy",
  fields: (t) => ({
    warningWorkingDays: t.int({ description: "Working days of warning before a clock is due (0–20)" }),
    digestEnabled: t.boolean({ description: "Send managers the daily digest" }),
  }),
});

builder.mutationField("setNotificationPolicy", (t) =>
  t.field({
    type: NotificationPolicy,
    description: "Set the council's warning period and digest (council administrators)",
    authScopes: admin,
    args: { input: t.arg({ type: SetNotificationPolicyInput, required: true, description: "The policy" }) },
    resolve: (_root, args, context) => setNotificationPolicy(context, args.input),
  }),
);
