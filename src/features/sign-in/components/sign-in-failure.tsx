import type { Message } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

/** Why a sign-in attempt failed: Lantern's reason, and the server's own words when it gave any. */
export interface SignInFailure {
  reason: Message;
  /** Verbatim from the cluster or the Lantern server (English), or null. */
  detail: string | null;
}

/**
 * The reason in the UI language; the server's words quoted in English, marked as such for screen
 * readers. One block in Carbon's subtitle style: the notification lays its children out as flex
 * items, which would break a sentence with markup into separate lines.
 */
export function SignInFailureText({ failure }: { failure: SignInFailure }) {
  const t = useT();
  return (
    <div className="cds--inline-notification__subtitle">
      {failure.detail === null
        ? t.message(failure.reason)
        : t.rich('signIn.failure.withDetail', {
            reason: t.message(failure.reason),
            detail: failure.detail,
            quote: (chunks) => <span lang="en">{chunks}</span>,
          })}
    </div>
  );
}
