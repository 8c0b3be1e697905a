import { DomainError } from '@app/platform';
import { toErrorBody } from './error-body';

describe('toErrorBody', () => {
  it('an upstream failure (the mail server) is a 502 with its message and fields', () => {
    const failed = new DomainError('upstream', 'The letter could not be emailed.', {
      deliver: ['The letter could not be emailed.'],
    });
    expect(toErrorBody(failed, 'r1')).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'The letter could not be emailed.',
      errors: { deliver: ['The letter could not be emailed.'] },
      requestId: 'r1',
    });
  });
});
