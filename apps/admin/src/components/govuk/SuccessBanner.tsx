import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

/**
 * The GOV.UK success notification banner (https://design-system.service.gov.uk/components/notification-banner/)
 * shown after an action: role="alert", and focus moved to it so keyboard and screen reader users hear the outcome.
 */
export function SuccessBanner({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <div
      ref={ref}
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
