// One "Try it out" call per vendor group, made through Swagger UI with a seed credential.
// credential(list) picks the secret from GET /_admin/credentials for that vendor; params(list)
// fills path and query parameters; expect lists the statuses that count as success.
const secretOf = (list, predicate) => (list.find(predicate) ?? {}).secret ?? '';

export const tryCalls = {
  commflow: {
    method: 'get',
    path: '/commflow/v1/me',
    scheme: 'bearer',
    credential: (list) => secretOf(list, (c) => c.secret === 'sk_live_xxxxx'),
    expect: [200],
    expectBody: /"id":\s*"user_123"/,
  },
  flowdock: {
    method: 'get',
    path: '/flowdock/flows',
    scheme: 'apiToken',
    basic: true,
    credential: (list) => secretOf(list, (c) => c.secret === 'deadbeefdeadbeef'),
    expect: [200],
    expectBody: /"parameterized_name":\s*"my-flow"/,
  },
  stackfield: {
    // The webhook URL is the credential: no Authorize step, the id goes in the path.
    method: 'post',
    path: '/stackfield/apiwh/{webhookId}',
    credential: () => '',
    params: () => ({ webhookId: 'e5a1cfbd-970e-45a1-b81c-3e004f9bdab5' }),
    body: '{"Title":"Hello from Swagger UI"}',
    expect: [200],
    expectBody: /"Result":\s*"ok"/,
  },
  teamfluence: {
    method: 'get',
    path: '/teamfluence/external/{profile_id}/posts',
    scheme: 'apiKey',
    credential: (list) => secretOf(list, (c) => c.secret === 'tfk_growth_steven_owner_key'),
    params: () => ({ profile_id: '2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b' }),
    expect: [200],
  },
  admin: {
    method: 'get',
    path: '/_admin/health',
    credential: () => '',
    expect: [200],
  },
  talktome: {
    method: 'get',
    path: '/talktome/api/is-account',
    scheme: 'companyKey',
    credential: (list) => (list.find((c) => c.companyId === 'JSOM3ACS72QAJ2I1IM1D5VNFGR') ?? {}).todayKey ?? '',
    params: () => ({ companyId: 'JSOM3ACS72QAJ2I1IM1D5VNFGR', email: 'paul.doe@company-ltd.example' }),
    expect: [200],
  },
};
