import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

// Issue 9, finding 1: accounts were platform-wide and createCouncilUser silently linked an existing account,
// keeping its password and revealing its display name. These tests replay the takeover and show it refused.

let h: Harness;
let northAdmin: string;
let southAdmin: string;

type Answer<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const CREATE_USER = `mutation($input: CreateCouncilUserInput!) { createCouncilUser(input: $input) { id email displayName roles localAccount invitationPending } }`;
const USERS = `{ councilUsers(first: 100) { nodes { id email displayName roles invitationPending } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const MINE = `{ myCouncilInvitations { id councilId councilName roles } }`;
const ACCEPT = `mutation($input: AnswerCouncilInvitationInput!) { acceptCouncilInvitation(input: $input) }`;
const DECLINE = `mutation($input: AnswerCouncilInvitationInput!) { declineCouncilInvitation(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles } }`;
const DISABLE = `mutation($input: DisableCouncilUserInput!) { disableCouncilUser(input: $input) }`;

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  localAccount?: boolean;
  invitationPending: boolean;
}

async function signIn(councilId: string | null, email: string, password: string): Promise<Answer<{ signIn: { token: string } }>> {
  return h.gql<{ signIn: { token: string } }>(SIGN_IN, { input: { councilId, email, password } });
}

beforeAll(async () => {
  h = await startHarness();
  northAdmin = await h.signIn("admin", "demo-north");
  southAdmin = await h.signIn("admin", "demo-south");
});
afterAll(async () => h?.stop());

describe("accounts across councils (issue 9, finding 1)", () => {
  const email = "shared.person@example.org";
  const northPassword = "north-chose-this-passphrase";
  let invitationId = "";

  it("creates a new person's account with the council's initial password", async () => {
    const created = await h.gql<{ createCouncilUser: UserRow }>(
      CREATE_USER,
      { input: { email, displayName: "Shared Person", roles: ["COMPLAINTS_OFFICER"], initialPassword: northPassword } },
      northAdmin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCouncilUser).toMatchObject({ email, invitationPending: false, localAccount: true });
    expect((await signIn("demo-north", email, northPassword)).data?.signIn.token).toBeTruthy();
  });

  it("another council adding the same e-mail gets an invitation: no link, no password, no display name of the account", async () => {
    const answer = await h.gql<{ createCouncilUser: UserRow }>(
      CREATE_USER,
      { input: { email, displayName: "Name South Typed", roles: ["COUNCIL_ADMIN"], initialPassword: "south-typed-passphrase" } },
      southAdmin,
    );
    expect(answer.errors).toBeUndefined();
    const row = answer.data?.createCouncilUser as UserRow;
    expect(row).toMatchObject({ email, displayName: "Name South Typed", invitationPending: true, localAccount: false });
    expect(row.displayName).not.toBe("Shared Person");
    invitationId = row.id;
    // Neither password gets into South: the account holds no role there until the person accepts.
    expect((await signIn("demo-south", email, northPassword)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn("demo-south", email, "south-typed-passphrase")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn("demo-north", email, "south-typed-passphrase")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const account = await h.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(account.displayName).toBe("Shared Person");
    expect(await h.db.prisma.userCouncilRole.count({ where: { userId: account.id, councilId: "demo-south" } })).toBe(0);
    // South's list shows only what South typed, marked pending.
    const list = await h.gql<{ councilUsers: { nodes: UserRow[] } }>(USERS, {}, southAdmin);
    expect(list.data?.councilUsers.nodes.filter((u) => u.email === email)).toEqual([
      { id: invitationId, email, displayName: "Name South Typed", roles: ["COUNCIL_ADMIN"], invitationPending: true },
    ]);
    const again = await h.gql(CREATE_USER, { input: { email, displayName: "Again", roles: ["ANALYST"] } }, southAdmin);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("South's administrator can neither change roles of nor disable the account through the invitation or the user id", async () => {
    const account = await h.db.prisma.user.findUniqueOrThrow({ where: { email } });
    for (const userId of [account.id, invitationId]) {
      const roles = await h.gql(SET_ROLES, { input: { userId, roles: ["COUNCIL_ADMIN"] } }, southAdmin);
      expect(roles.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const disable = await h.gql(DISABLE, { input: { userId } }, southAdmin);
      expect(disable.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await h.db.prisma.user.findUniqueOrThrow({ where: { email } })).disabledAt).toBeNull();
  });

  it("the person accepts only signed in as themselves, and only after choosing their own password", async () => {
    const token = (await signIn("demo-north", email, northPassword)).data?.signIn.token as string;
    const mine = await h.gql<{ myCouncilInvitations: Array<{ id: string; councilId: string; roles: string[] }> }>(MINE, {}, token);
    expect(mine.data?.myCouncilInvitations).toEqual([
      expect.objectContaining({ id: invitationId, councilId: "demo-south", roles: ["COUNCIL_ADMIN"] }),
    ]);
    // Somebody else (North's administrator) cannot accept it for them.
    expect((await h.gql(ACCEPT, { input: { invitationId } }, northAdmin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // The password North's administrator typed is known to them: accepting is refused until it is changed.
    const early = await h.gql(ACCEPT, { input: { invitationId } }, token);
    expect(early.errors?.[0]?.extensions?.field).toEqual(["input", "invitationId"]);
    const weak = await h.gql(CHANGE, { input: { currentPassword: northPassword, newPassword: "password1234" } }, token);
    expect(weak.errors?.[0]?.extensions?.field).toEqual(["input", "newPassword"]);
    const wrong = await h.gql(CHANGE, { input: { currentPassword: "not-the-password", newPassword: "my-own-long-phrase-77" } }, token);
    expect(wrong.errors?.[0]?.extensions?.field).toEqual(["input", "currentPassword"]);
    // A second sign-in elsewhere (whoever knew the old password): it ends when the password changes.
    const elsewhere = (await signIn("demo-north", email, northPassword)).data?.signIn.token as string;
    expect((await h.gql(MINE, {}, elsewhere)).errors).toBeUndefined();
    const changed = await h.gql(CHANGE, { input: { currentPassword: northPassword, newPassword: "my-own-long-phrase-77" } }, token);
    expect(changed.errors).toBeUndefined();
    expect((await h.gql(MINE, {}, elsewhere)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn("demo-north", email, northPassword)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const accepted = await h.gql<{ acceptCouncilInvitation: string }>(ACCEPT, { input: { invitationId } }, token);
    expect(accepted.errors).toBeUndefined();
    expect((await signIn("demo-south", email, "my-own-long-phrase-77")).data?.signIn.token).toBeTruthy();
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: "demo-south", action: "acceptCouncilInvitation" } });
    expect(audit?.actorRole).toBe("invitee");
    expect((await h.db.prisma.user.findUniqueOrThrow({ where: { email } })).displayName).toBe("Shared Person");
    expect((await h.gql(ACCEPT, { input: { invitationId } }, token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("a declined invitation gives nothing; the platform administrator's e-mail is only ever invited", async () => {
    const invited = await h.gql<{ createCouncilUser: UserRow }>(
      CREATE_USER,
      { input: { email: "platform-admin@csc.example", displayName: "Anyone", roles: ["COUNCIL_ADMIN"], initialPassword: "takeover-attempt-phrase" } },
      northAdmin,
    );
    expect(invited.data?.createCouncilUser).toMatchObject({ displayName: "Anyone", invitationPending: true });
    const platform = await h.signInPlatformAdmin();
    const id = invited.data?.createCouncilUser.id as string;
    expect((await h.gql(DECLINE, { input: { invitationId: id } }, platform)).errors).toBeUndefined();
    expect((await signIn("demo-north", "platform-admin@csc.example", "takeover-attempt-phrase")).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    const admin = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "platform-admin@csc.example" } });
    expect(await h.db.prisma.userCouncilRole.count({ where: { userId: admin.id } })).toBe(0);
  });

  it("refuses a common initial password (NCSC deny-list) naming the field", async () => {
    const answer = await h.gql(
      CREATE_USER,
      { input: { email: "new.one@example.org", displayName: "New", roles: ["ANALYST"], initialPassword: "password1234" } },
      northAdmin,
    );
    expect(answer.errors?.[0]?.extensions?.field).toEqual(["input", "initialPassword"]);
  });
});
