import { eventsOf } from './support/ical';
import { DATABASES, startTestApp, TestApp } from './support/test-app';

describe.each(DATABASES)('exports on %s', (database) => {
  let t: TestApp;
  let token: string;
  let sentRef: string;
  let answeredRef: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    token = await t.login();
    t.time.set('2025-05-20T09:00:00Z');
    const post = (path: string, body: unknown) => t.call('POST', path, { token, body });
    const sent = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Contract, "terms" and value',
      body: 'x',
      regime: 'foia',
      campaign: 'Resolve 1',
    });
    sentRef = sent.body.reference;
    await post(`/api/v1/requests/${sent.body.id}/send`, { sentAt: '2025-05-14', method: 'email' });
    const answered = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Board minutes',
      body: 'x',
      regime: 'foia',
    });
    await post(`/api/v1/requests/${answered.body.id}/send`, {
      sentAt: '2025-04-01',
      method: 'email',
    });
    await post(`/api/v1/requests/${answered.body.id}/messages`, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2025-04-24',
      outcome: 'refused',
      exemptions: ['s43(2)'],
    });
    answeredRef = answered.body.reference;
    await post('/api/v1/requests', {
      authorityId: 1,
      subject: '=HYPERLINK("http://x")',
      body: 'x',
      regime: 'foia',
    });
  }, 60_000);
  afterAll(() => t.close());

  it('CSV of a filtered list, quoted and safe to open in a spreadsheet', async () => {
    const response = await fetch(`${t.url}/api/v1/requests.csv?outstanding=true`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'reference,title,authority,regime,status,campaign,owner,sentAt,receivedOn,dueDate,state,workingDaysRemaining,outcome,exemptions,dueWhat',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `${sentRef},"Contract, ""terms"" and value",Imperial College London,foia,awaiting-response,Resolve 1,Administrator,2025-05-14T12:00:00.000Z,2025-05-14,2025-06-12,on-time,16,,,Response due`,
    );
    const all = await t.call('GET', '/api/v1/requests.csv?status=draft', { token });
    expect(all.body).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('iCalendar feed of the officer’s running deadlines', async () => {
    const { status, body } = await t.call('GET', '/api/v1/calendar.ics', { token });
    expect(status).toBe(200);
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(body).toContain(`SUMMARY:${sentRef} due: Contract\\, "terms" and value`);
    expect(body).toContain('DTSTAMP:20250520T090000Z');
    // Answered Thu 24 Apr 2025: 40 working days for the review (5 and 26 May are bank holidays)
    // end Mon 23 Jun, still to come on 20 May.
    expect(eventsOf(body)).toEqual([
      {
        uid: `${sentRef}-awaiting-response@foi-tracker`,
        start: '2025-06-12',
        end: '2025-06-13',
        summary: `${sentRef} due: Contract, "terms" and value`,
        description: 'Imperial College London — awaiting-response; long stop 2025-07-10',
      },
      {
        uid: `${answeredRef}-review-by@foi-tracker`,
        start: '2025-06-23',
        end: '2025-06-24',
        summary: `${answeredRef}: ask for an internal review by today: Board minutes`,
        description: 'Imperial College London — responded',
      },
    ]);
    expect(body.split('\r\n').every((line: string) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('needs a token', async () => {
    expect((await t.call('GET', '/api/v1/calendar.ics')).status).toBe(401);
  });
});
