import { graphql } from "./generated";

/** Operations of the notifications settings page (council administrators). */
export interface NotificationSetting {
  userId: string;
  displayName: string;
  email: string;
  roles: string[];
  dueSoon: boolean;
  overdue: boolean;
  digest: boolean;
}

export interface NotificationPolicy {
  warningWorkingDays: number;
  source: string;
  digestEnabled: boolean;
}

export interface RetentionPolicy {
  yearsAfterClosure: number;
  lookedAfterUntilAge: number | null;
  source: string;
}

export const NOTIFICATION_SETTINGS = graphql(`
  query NotificationSettings {
    notificationSettings {
      userId
      displayName
      email
      roles
      dueSoon
      overdue
      digest
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
