import { autoReplySignals } from './auto-reply';
import type { HeaderMap } from './correspondence.types';

const PERSON = 'Tom Okafor <t.okafor@westmere.example.ac.uk>';

describe('autoReplySignals', () => {
  it.each<[string, HeaderMap, string, string, string[]]>([
    [
      'Exchange out-of-office',
      { 'auto-submitted': ['auto-replied'] },
      'Automatic reply: FOI request',
      PERSON,
      ['Auto-Submitted: auto-replied', 'subject "Automatic reply"'],
    ],
    [
      'Gmail vacation responder',
      { 'auto-submitted': ['auto-replied'] },
      'On holiday',
      PERSON,
      ['Auto-Submitted: auto-replied'],
    ],
    [
      'Auto-Submitted with parameters',
      { 'auto-submitted': ['auto-generated; owner-email="x@y"'] },
      'Notice',
      PERSON,
      ['Auto-Submitted: auto-generated; owner-email="x@y"'],
    ],
    ['X-Autoreply', { 'x-autoreply': ['yes'] }, 'Away', PERSON, ['X-Autoreply: yes']],
    [
      'X-Autorespond',
      { 'x-autorespond': ['Away until Monday'] },
      'Re: FOI',
      PERSON,
      ['X-Autorespond: Away until Monday'],
    ],
    [
      'Precedence: auto_reply',
      { precedence: ['auto_reply'] },
      'Re: FOI',
      PERSON,
      ['Precedence: auto_reply'],
    ],
    ['Precedence: bulk', { precedence: ['bulk'] }, 'Newsletter', PERSON, ['Precedence: bulk']],
    ['Precedence: junk', { precedence: ['Junk'] }, 'Offer', PERSON, ['Precedence: Junk']],
    [
      'a read receipt',
      { 'content-type': ['multipart/report; report-type=disposition-notification'] },
      'Read: FOI',
      PERSON,
      ['Content-Type: multipart/report'],
    ],
    [
      '"Out of Office:" subject alone',
      {},
      'Out of Office: Re: FOI request',
      PERSON,
      ['subject "Out of Office"'],
    ],
    ['"Auto-reply"', {}, 'Auto-reply: FOI request', PERSON, ['subject "Auto-reply"']],
    ['Scandinavian Outlook', {}, 'Autosvar: FOI request', PERSON, ['subject "Autosvar"']],
    ['German Outlook', {}, 'Automatische Antwort: FOI', PERSON, ['subject "Automatische Antwort"']],
    ['French Outlook', {}, 'Réponse automatique : FOI', PERSON, ['subject "Réponse automatique"']],
    [
      'mailer-daemon',
      {},
      'Returned mail',
      'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>',
      ['sender mailer-daemon@mx.example.com'],
    ],
    [
      'postmaster',
      {},
      'Notice',
      'postmaster@college.example.ac.uk',
      ['sender postmaster@college.example.ac.uk'],
    ],
    [
      'an auto-responder mailbox',
      {},
      'Thanks',
      'autoreply@college.example.ac.uk',
      ['sender autoreply@college.example.ac.uk'],
    ],
  ])('%s', (_name, headers, subject, from, reasons) => {
    expect(autoReplySignals(headers, subject, from)).toEqual({ isAutoReply: true, reasons });
  });

  it.each<[string, HeaderMap, string, string]>([
    ['a person’s reply', {}, 'RE: FOI request', PERSON],
    ['Auto-Submitted: no', { 'auto-submitted': ['no'] }, 'RE: FOI request', PERSON],
    ['X-Autoreply: no', { 'x-autoreply': ['no'] }, 'RE: FOI request', PERSON],
    [
      'Precedence: list (a mailing list, not an auto-reply)',
      { precedence: ['list'] },
      'RE: FOI',
      PERSON,
    ],
    ['"out of office" later in a subject', {}, 'RE: who covers the out of office rota?', PERSON],
    [
      'a no-reply case-management sender alone: real responses come from these',
      {},
      'Response to your request for information - Ref: 2026/0217',
      'Information Requests <no-reply@casework.example.com>',
    ],
    ['"noreply" too', {}, 'Extension of time', 'noreply@college.example.ac.uk'],
  ])('not for %s', (_name, headers, subject, from) => {
    expect(autoReplySignals(headers, subject, from)).toEqual({ isAutoReply: false, reasons: [] });
  });

  it('a no-reply sender is an auto-reply when a header says so too', () => {
    expect(
      autoReplySignals(
        { 'auto-submitted': ['auto-replied'] },
        'We got your email',
        'no-reply@x.example',
      ).isAutoReply,
    ).toBe(true);
  });
});
