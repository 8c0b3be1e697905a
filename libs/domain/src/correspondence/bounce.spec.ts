import { bounceSignals, parseDeliveryStatus } from './bounce';

const REPORT = 'multipart/report; report-type=delivery-status; boundary="9B095B5ADSN=_01"';

/** The delivery-status part of an Exchange non-delivery report. */
const EXCHANGE_FAILED = `Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;su.example.ac.uk
Arrival-Date: Mon, 2 Mar 2026 16:41:02 +0000

Final-Recipient: rfc822;foi@northgate.example.ac.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
 address lookup
`;

/** Gmail warning that delivery is only delayed. */
const GMAIL_DELAYED = `Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 02 Mar 2026 08:41:02 -0800

Final-Recipient: rfc822; foi@northgate.example.ac.uk
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Will-Retry-Until: Thu, 05 Mar 2026 08:41:03 -0800 (PST)
`;

describe('bounceSignals', () => {
  it('reads the failed recipient, status and diagnostic of a delivery-status report', () => {
    expect(bounceSignals({}, REPORT, EXCHANGE_FAILED)).toEqual({
      isBounce: true,
      recipient: 'foi@northgate.example.ac.uk',
      status: '5.1.10',
      diagnostic:
        'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      reasons: ['a delivery-status report'],
    });
  });

  it('takes a delivery-status report for a bounce when its part is not given', () => {
    expect(bounceSignals({}, 'Multipart/Report; Report-Type="delivery-status"')).toEqual({
      isBounce: true,
      recipient: null,
      status: null,
      diagnostic: null,
      reasons: ['a delivery-status report'],
    });
  });

  it('names the recipient from X-Failed-Recipients', () => {
    expect(
      bounceSignals(
        { 'x-failed-recipients': ['foi@northgate.example.ac.uk, b@x.example'] },
        'text/plain',
      ),
    ).toEqual({
      isBounce: true,
      recipient: 'foi@northgate.example.ac.uk',
      status: null,
      diagnostic: null,
      reasons: ['X-Failed-Recipients: foi@northgate.example.ac.uk, b@x.example'],
    });
  });

  it('knows an old-style failure notice from mailer-daemon by its subject', () => {
    const headers = {
      from: ['MAILER-DAEMON@mx.example.com (Mail Delivery System)'],
      subject: ['Undeliverable: Freedom of Information request'],
    };
    expect(bounceSignals(headers, 'text/plain')).toMatchObject({
      isBounce: true,
      reasons: ['a mail-delivery failure notice from the mail system'],
    });
  });

  it.each<[string, Record<string, string[]>, string, string | undefined]>([
    ['an ordinary reply', {}, 'text/plain; charset=utf-8', undefined],
    ['a read receipt', {}, 'multipart/report; report-type=disposition-notification', undefined],
    ['a report of a delivery only delayed', {}, REPORT, GMAIL_DELAYED],
    [
      '"Undeliverable" from a person',
      { from: ['jo@su.example'], subject: ['Undeliverable'] },
      'text/plain',
      undefined,
    ],
  ])('is not a bounce: %s', (_name, headers, contentType, status) => {
    expect(bounceSignals(headers, contentType, status).isBounce).toBe(false);
  });

  it('says why a delayed report is not a bounce', () => {
    expect(bounceSignals({}, REPORT, GMAIL_DELAYED).reasons).toEqual([
      'a delivery-status report: delayed, not failed',
    ]);
  });
});

describe('parseDeliveryStatus', () => {
  it('gives one entry a recipient, unfolding long fields', () => {
    expect(parseDeliveryStatus(EXCHANGE_FAILED.replace(/\n/g, '\r\n'))).toEqual([
      {
        recipient: 'foi@northgate.example.ac.uk',
        action: 'failed',
        status: '5.1.10',
        diagnostic:
          'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      },
    ]);
  });
});
