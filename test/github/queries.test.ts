// Every GraphQL document the collector sends is one GitHub's published schema accepts.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resolveApiUrls } from '../../src/sources/github/client.js';
import { ALL_QUERIES } from '../../src/sources/github/queries.js';

const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

describe('GraphQL documents', () => {
  it.each(Object.entries(ALL_QUERIES))('%s validates against @octokit/graphql-schema', (_name, query) => {
    expect(validate(github, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('a document with a field GitHub lacks fails the same check (the check can fail)', () => {
    const broken = ALL_QUERIES.RELEASES_QUERY.replace('tagName', 'tagNameX');
    expect(validate(github, parse(broken)).length).toBeGreaterThan(0);
  });
});

describe('API roots', () => {
  it('defaults to github.com', () => {
    expect(resolveApiUrls(undefined, undefined, {})).toEqual({
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
  });

  it('derives GitHub Enterprise Server GraphQL from /api/v3', () => {
    expect(resolveApiUrls('https://ghe.example.com/api/v3/', undefined, {})).toEqual({
      apiUrl: 'https://ghe.example.com/api/v3',
      graphqlUrl: 'https://ghe.example.com/api/graphql',
    });
  });

  it('takes GITHUB_API_URL and GITHUB_GRAPHQL_URL from the environment, flags first', () => {
    const env = { GITHUB_API_URL: 'https://a.example/api/v3', GITHUB_GRAPHQL_URL: 'https://g.example/gql' };
    expect(resolveApiUrls(undefined, undefined, env)).toEqual({
      apiUrl: 'https://a.example/api/v3',
      graphqlUrl: 'https://g.example/gql',
    });
    expect(
      resolveApiUrls('https://flag.example', undefined, { GITHUB_API_URL: 'https://a.example' }).apiUrl,
    ).toBe('https://flag.example');
  });
});
