import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { Button, NotificationBanner } from "../../components/govuk";
import { humanise } from "../../format";
import { ACCEPT_COUNCIL_INVITATION, MY_COUNCIL_INVITATIONS } from "../../graphql/onboarding-operations";

/**
 * Invitations to the signed-in person's own e-mail from other councils (a council's first administrator, or a user
 * another council added): accept one here, then sign in to that council to work there.
 */
export function InvitationsPanel() {
  const [{ data }, refetch] = useQuery({ query: MY_COUNCIL_INVITATIONS, requestPolicy: "network-only" });
  const [, accept] = useMutation(ACCEPT_COUNCIL_INVITATION);
  const [joined, setJoined] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const invitations = data?.myCouncilInvitations ?? [];
  if (invitations.length === 0 && !joined) return null;
  return (
    <section aria-labelledby="invitations-heading">
      {joined ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            You joined {joined}. Sign out and sign in to {joined} to work there.
          </p>
        </NotificationBanner>
      ) : null}
      {problem ? (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problem}</p>
          </div>
        </div>
      ) : null}
      {invitations.length > 0 ? (
        <>
          <h2 className="govuk-heading-m" id="invitations-heading">
            Invitations to join a council
          </h2>
          <dl className="govuk-summary-list">
            {invitations.map((i) => (
              <div className="govuk-summary-list__row" key={i.id}>
                <dt className="govuk-summary-list__key">{i.councilName}</dt>
                <dd className="govuk-summary-list__value">As {i.roles.map(humanise).join(", ")}</dd>
                <dd className="govuk-summary-list__actions">
                  <Button
                    onClick={() => {
                      void accept({ input: { invitationId: i.id } }).then((result) => {
                        if (result.error) {
                          setProblem(
                            result.error.graphQLErrors[0]?.message.replace(/^(?:[\w-]+(?:\.[\w-]+)*: )+/, "") ??
                              "The invitation could not be accepted; try again.",
                          );
                          return;
                        }
                        setProblem(null);
                        setJoined(i.councilName);
                        refetch({ requestPolicy: "network-only" });
                      });
                    }}
                  >
                    Accept<span className="govuk-visually-hidden"> the invitation from {i.councilName}</span>
                  </Button>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
