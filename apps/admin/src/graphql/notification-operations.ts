import { graphql } from "./generated";
import type { NotificationSettingsQuery } from "./generated/graphql";

/** Operations of the notifications settings page (council administrators). */
export type NotificationSetting = NotificationSettingsQuery["notificationSettings"]["nodes"][number];

export type NotificationPolicy = NotificationSettingsQuery["notificationPolicy"];

export type RetentionPolicy = NotificationSettingsQuery["retentionPolicy"];

export const NOTIFICATION_SETTINGS = graphql(`
  query NotificationSettings($first: Int, $after: String, $last: Int, $before: String) {
    notificationSettings(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        userId
        displayName
        email
        roles
        dueSoon
        overdue
        digest
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
    notificationPolicy {
      warningWorkingDays
      source
      digestEnabled
    }
    retentionPolicy {
      yearsAfterClosure
      lookedAfterUntilAge
      source
    }
  }
`);

export const SET_NOTIFICATION_SETTINGS = graphql(`
  mutation SetNotificationSettings($input: SetNotificationSettingsInput!) {
    setNotificationSettings(input: $input) {
      userId
      dueSoon
      overdue
      digest
    }
  }
`);

export const SET_NOTIFICATION_POLICY = graphql(`
  mutation SetNotificationPolicy($input: SetNotificationPolicyInput!) {
    setNotificationPolicy(input: $input) {
      warningWorkingDays
      source
      digestEnabled
    }
  }
`);

export const SET_RETENTION_POLICY = graphql(`
  mutation SetRetentionPolicy($input: SetRetentionPolicyInput!) {
    setRetentionPolicy(input: $input) {
      yearsAfterClosure
      lookedAfterUntilAge
      source
    }
  }
`);
