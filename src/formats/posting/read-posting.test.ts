import { describe, expect, it } from 'vitest';
import { readPosting } from './read-posting.js';

const page = (head: string, body = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
// As boards write it: "<" escaped, so a "</script>" inside a field cannot end the script.
const ld = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;

// In the shape of a big board's posting page: one JobPosting object, address objects.
const boardPage = page(
  `<title>Senior Data Engineer - Northwind | JobBoard</title>
   <link rel="canonical" href="https://jobs.example.com/view/123">
   <meta property="og:site_name" content="JobBoard">
   ${ld({
     '@context': 'https://schema.org',
     '@type': 'JobPosting',
     title: 'Senior Data Engineer',
     datePosted: '2026-11-20T08:00:00.000Z',
     hiringOrganization: {
       '@type': 'Organization',
       name: 'Northwind Traders',
       sameAs: 'https://northwind.example',
     },
     jobLocation: {
       '@type': 'Place',
       address: {
         '@type': 'PostalAddress',
         addressLocality: 'Chicago',
         addressRegion: 'IL',
         addressCountry: 'US',
       },
     },
     url: 'https://jobs.example.com/view/123?ref=ld',
   })}`,
  '<h1>Senior Data Engineer</h1>',
);

describe('readPosting', () => {
  it('takes title, company, place, date and address from a JobPosting object', () => {
    expect(readPosting(boardPage, 'https://jobs.example.com/view/123?utm=x')).toEqual({
      ok: true,
      from: 'json-ld',
      posting: {
        title: 'Senior Data Engineer',
        company: 'Northwind Traders',
        postingUrl: 'https://jobs.example.com/view/123?ref=ld',
        location: 'Chicago, IL, US',
        postedOn: '2026-11-20',
      },
    });
  });

  it('finds the posting in an @graph, with @type an array and the company a plain name', () => {
    const html = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Careers' },
          {
            '@type': ['JobPosting', 'Thing'],
            title: 'Product Designer',
            hiringOrganization: 'Contoso',
            jobLocationType: 'TELECOMMUTE',
            applicantLocationRequirements: { '@type': 'Country', name: 'GB' },
            datePosted: '2026-02-30',
          },
        ],
      }),
    );
    const found = readPosting(html, 'https://careers.contoso.example/jobs/9');
    expect(found.ok && found.posting).toEqual({
      title: 'Product Designer',
      company: 'Contoso',
      postingUrl: 'https://careers.contoso.example/jobs/9',
      location: 'Remote (GB)',
      postedOn: null,
    });
  });

  it('reads a top-level array and joins several places with " · "', () => {
    const html = page(
      `<meta property="og:url" content="https://ats.example/p/7">${ld([
        { '@type': 'BreadcrumbList' },
        {
          '@type': 'JobPosting',
          title: 'Nurse',
          hiringOrganization: { name: 'City Hospital' },
          jobLocation: [
            {
              address: {
                addressLocality: 'Leeds',
                addressCountry: { '@type': 'Country', name: 'GB' },
              },
            },
            { address: 'Manchester, GB' },
          ],
        },
      ])}`,
    );
    const found = readPosting(html);
    expect(found.ok && found.posting.location).toBe('Leeds, GB · Manchester, GB');
    expect(found.ok && found.posting.postingUrl).toBe('https://ats.example/p/7');
  });

  it('falls back to OpenGraph and the canonical link when there is no JSON-LD', () => {
    const html = page(
      `<meta property="og:title" content="Backend Developer (m/w/d)">
       <meta property="og:site_name" content="Fabrikam GmbH">
       <link rel="canonical" href="/jobs/backend">`,
    );
    expect(readPosting(html, 'https://fabrikam.example/x?y=1')).toEqual({
      ok: true,
      from: 'opengraph',
      posting: {
        title: 'Backend Developer (m/w/d)',
        company: 'Fabrikam GmbH',
        postingUrl: 'https://fabrikam.example/jobs/backend',
        location: null,
        postedOn: null,
      },
    });
  });

  it('cleans hostile text: tags and scripts stripped, entities decoded to text, controls and runs of space removed', () => {
    const html = page(
      ld({
        '@type': 'JobPosting',
        title: '<script>alert(1)</script><b>Lead</b> &amp; \u001b[2J\n\n  Engineer\u202e',
        hiringOrganization: { name: 'Acme &lt;img src=x onerror=alert(1)&gt; Inc' },
        url: 'javascript:alert(1)',
      }),
    );
    const found = readPosting(html, 'https://acme.example/j/1');
    expect(found.ok && found.posting.title).toBe('Lead & [2J Engineer');
    expect(found.ok && found.posting.company).toBe('Acme <img src=x onerror=alert(1)> Inc');
    expect(found.ok && found.posting.postingUrl).toBe('https://acme.example/j/1');
  });

  it('drops a posting address that is not http(s) when no other is known', () => {
    const html = page(
      ld({
        '@type': 'JobPosting',
        title: 'Chef',
        hiringOrganization: 'Bistro',
        url: 'data:text/html,x',
      }),
    );
    const found = readPosting(html, 'file:///tmp/page.html');
    expect(found.ok && found.posting.postingUrl).toBeNull();
  });

  it('cuts a huge title to one short line', () => {
    const html = page(
      ld({ '@type': 'JobPosting', title: 'x'.repeat(100_000), hiringOrganization: 'Big' }),
    );
    const found = readPosting(html);
    expect(found.ok && found.posting.title.length).toBe(200);
  });

  it('says so when a page has no posting, and when it has a title but no company', () => {
    expect(readPosting(page('', '<p>Hello</p>'))).toMatchObject({
      ok: false,
      reason: 'no-posting',
    });
    expect(readPosting(page('<script type="application/ld+json">{broken</script>'))).toMatchObject({
      ok: false,
      reason: 'no-posting',
    });
    expect(readPosting(page('<title>Welcome</title>'))).toMatchObject({
      ok: false,
      reason: 'no-company',
    });
  });
});
