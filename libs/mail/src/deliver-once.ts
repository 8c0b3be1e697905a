import type { DeliveryJournal } from './delivery-journal';
import { MailSender, MessageWithheldError, OutgoingMail } from './mail-sender';

/**
 * What a store answers when asked for the message: ours to send now (`token` names this attempt;
 * `tookOverFrom` the lapsed claim it took over, if any), someone else's for now, or not to be
 * sent at all (sent already, cancelled).
 */
export type Claim<T> =
  | { status: 'claimed'; token: string; tookOverFrom: string | null; item: T }
  | { status: 'busy'; until: Date }
  | { status: 'closed' };

/**
 * Where a message's "who sends it, and did it go" is kept: reminder rows, digest rows, a request's
 * send. Each step is one short write; none is open while the message is on the wire.
 */
export interface DeliveryStore<T> {
  /**
   * How long a claim holds before another sender may take it over. At the dot the claim is
   * renewed once half of it has gone; 0 renews at every dot, which is how a store whose claim
   * is the commit itself (a letter's send) makes that commit while the server holds the dot.
   */
  readonly leaseMs: number;
  claim(): Promise<Claim<T>>;
  /**
   * The last check before the dot: true if the claim still holds (and now holds for another
   * lease), false if another sender took it over (the message is withheld, not a failure). A
   * rejection withholds the message too, and `deliverOnce` rejects with it.
   */
  renew(token: string): Promise<boolean>;
  /** The server took the message, or the journal shows it went before its sender died. */
  record(token: string): Promise<void>;
  /** Not sent, or refused by the server after its dot: open it again (or undo a commit). */
  release(token: string, error: Error): Promise<void>;
}

/**
 * `sent`: sent now. `recorded`: a dead sender's message had gone out (its journal line says so),
 * now recorded without sending again. `taken`: the claim lapsed and another sender has it.
 * `busy`: another sender's claim still holds. `closed`: nothing to send.
 */
export type DeliveryOutcome =
  { status: 'sent' | 'recorded' | 'taken' | 'closed' } | { status: 'busy'; until: Date };

/** Withholds a message whose claim was taken over at the last check. */
export class ClaimLostError extends Error {
  constructor(what: string) {
    super(`the claim on ${what} lapsed and another sender took it over`);
    this.name = 'ClaimLostError';
  }
}

/** Another sender holds the claim: try again later, it is not a failure of this attempt. */
export class DeliveryBusyError extends Error {
  constructor(what: string, until: Date) {
    super(`${what} is being sent by another worker (claim until ${until.toISOString()})`);
    this.name = 'DeliveryBusyError';
  }
}

export interface DeliveryTools {
  mail: MailSender;
  /** Where released dots are written down; none for a sender no one can take over (a letter). */
  journal?: DeliveryJournal;
}

/**
 * Sends one message at most once, with no transaction open while it is sent:
 *
 * 1. claim it (a short write: a token and a lease);
 * 2. send it, the server holding back its final dot (MailSender's beforeEnd);
 * 3. with the server holding everything but the dot: renew the claim if half the lease has gone
 *    (still ours?); then write the token to the journal and release the dot in one synchronous
 *    step (MailSender's atEnd);
 * 4. once the server has answered, record it; if it was not sent, or the server refused it after
 *    its dot, release the claim and reject with the error.
 *
 * Killed before 3, the server drops the message (no dot) and the lapsed claim is taken over and
 * sent by another worker. Killed after 3, the next claimant finds the token in the journal and
 * records the message without sending it again. What remains is a kill in the microseconds
 * between the journal line and the dot leaving: that message is then recorded but never arrives.
 */
export async function deliverOnce<T>(
  tools: DeliveryTools,
  what: string,
  store: DeliveryStore<T>,
  compose: (item: T) => OutgoingMail,
): Promise<DeliveryOutcome> {
  const claimedAt = Date.now();
  const claim = await store.claim();
  if (claim.status !== 'claimed') return claim;
  const { token, tookOverFrom } = claim;
  if (tookOverFrom && tools.journal?.has(tookOverFrom)) {
    // Its sender died after releasing the message: it went out; record it, do not resend.
    await store.record(token);
    return { status: 'recorded' };
  }
  try {
    await tools.mail.send(compose(claim.item), {
      beforeEnd: async () => {
        // Well within the lease nobody can have taken it over: spare the database a write.
        if (Date.now() - claimedAt < store.leaseMs / 2) return;
        if (!(await store.renew(token))) throw new ClaimLostError(what);
      },
      atEnd: tools.journal ? () => tools.journal!.record(token) : undefined,
    });
  } catch (error) {
    // Withheld because the claim was lost: the other sender sends it, nothing to release.
    if (error instanceof MessageWithheldError && error.reason instanceof ClaimLostError)
      return { status: 'taken' };
    await store.release(token, error as Error);
    throw error;
  }
  // Should this write fail, the claim lapses and the next claimant finds the journal line.
  await store.record(token);
  return { status: 'sent' };
}
