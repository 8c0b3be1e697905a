import { TestApp } from './test-app';

export interface Page {
  status: number;
  html: string;
  location: string | null;
  setCookie: string[];
  headers: Headers;
}

/** A browser's share of the dashboard without the browser: cookies kept, redirects not followed. */
export class DashboardSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly t: TestApp) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(path: string): Promise<Page> {
    return this.request('GET', path);
  }

  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    return this.request('POST', path, new URLSearchParams(form).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    });
  }

  async request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.t.url}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || /Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
      headers: response.headers,
      setCookie,
    };
  }

  /** The page a POST redirected to, as the browser would load it next. */
  async follow(page: Page): Promise<Page> {
    if (page.status !== 303 || !page.location)
      throw new Error(`expected a redirect, got ${page.status}`);
    return this.get(page.location);
  }

  /** The CSRF token the page's forms carry. */
  static csrfOf(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error('no CSRF token on the page');
    return match[1];
  }

  async signIn(email: string, password: string): Promise<Page> {
    const form = await this.get('/sign-in');
    return this.post('/sign-in', {
      _csrf: DashboardSession.csrfOf(form.html),
      email,
      password,
      next: '/',
    });
  }
}
