// The "Try it out" calls made through Swagger UI per group, with a seed credential: one read and one
// write per vendor (Teamfluence's external API has no write: it is read-only at the real vendor too)
// and one control-plane write. credential(list) picks the secret from GET /_admin/credentials for
// that vendor (used for the group's "Authorize" scheme); params(list) fills path and query
// parameters; body replaces the request body example; expect lists the statuses that count as success.
const secretOf = (list, predicate) => (list.find(predicate) ?? {}).secret ?? '';
const talkToMeKey = (list) => (list.find((c) => c.companyId === 'JSOM3ACS72QAJ2I1IM1D5VNFGR') ?? {}).todayKey ?? '';

export const tryCalls = {
  commflow: {
    scheme: 'bearer',
    credential: (list) => secretOf(list, (c) => c.secret === 'sk_live_xxxxx'),
    calls: [
      { method: 'get', path: '/commflow/v1/me', expect: [200], expectBody: /"id":\s*"user_123"/ },
      {
        method: 'post',
        path: '/commflow/v1/contacts',
        body: '{"email":"swagger-ui@example.com","name":"Tried in Swagger UI"}',
        expect: [201],
        expectBody: /"email":\s*"swagger-ui@example.com"/,
      },
    ],
  },
  flowdock: {
    scheme: 'apiToken',
    basic: true,
    credential: (list) => secretOf(list, (c) => c.secret === 'deadbeefdeadbeef'),
    calls: [
      { method: 'get', path: '/flowdock/flows', expect: [200], expectBody: /"parameterized_name":\s*"my-flow"/ },
      {
        // Needs the request body the Flowdock group declares (issue 19, Flowdock curation).
        method: 'post',
        path: '/flowdock/flows/{org}/{flow}/messages',
        params: () => ({ org: 'acme', flow: 'my-flow' }),
        body: '{"event":"message","content":"Hello from Swagger UI"}',
        expect: [201, 202],
      },
    ],
  },
  stackfield: {
    // The webhook URL is the credential: no Authorize step, the id goes in the path.
    credential: () => '',
    calls: [
      {
        method: 'post',
        path: '/stackfield/apiwh/{webhookId}',
        params: () => ({ webhookId: 'e5a1cfbd-970e-45a1-b81c-3e004f9bdab5' }),
        body: '{"Title":"Hello from Swagger UI"}',
        expect: [200],
        expectBody: /"Result":\s*"ok"/,
      },
    ],
  },
  teamfluence: {
    scheme: 'apiKey',
    credential: (list) => secretOf(list, (c) => c.secret === 'tfk_growth_steven_owner_key'),
    calls: [
      {
        method: 'get',
        path: '/teamfluence/external/{profile_id}/posts',
        params: () => ({ profile_id: '2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b' }),
        expect: [200],
      },
    ],
  },
  admin: {
    credential: () => '',
    calls: [
      { method: 'get', path: '/_admin/health', expect: [200] },
      { method: 'post', path: '/_admin/reset', expect: [200, 204] },
    ],
  },
  talktome: {
    scheme: 'companyKey',
    credential: talkToMeKey,
    calls: [
      {
        method: 'get',
        path: '/talktome/api/is-account',
        params: () => ({ companyId: 'JSOM3ACS72QAJ2I1IM1D5VNFGR', email: 'paul.doe@company-ltd.example' }),
        expect: [200],
      },
      {
        method: 'post',
        path: '/talktome/api/do-not-disturb',
        params: () => ({ companyId: 'JSOM3ACS72QAJ2I1IM1D5VNFGR', accountEmail: 'paul.doe@company-ltd.example', dnd: 'false' }),
        expect: [200],
        expectBody: /"success":\s*true/,
      },
    ],
  },
};
