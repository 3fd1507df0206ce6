// One "Try it out" call per vendor group, made through Swagger UI with a seed credential.
// credential(list) picks the secret from GET /_admin/credentials for that vendor; params(list)
// fills path and query parameters; expect lists the statuses that count as success.
const secretOf = (list, predicate) => (list.find(predicate) ?? {}).secret ?? '';

export const tryCalls = {
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
