// The V8 flags the server runs with: `npm start` names them on its command line (package.json),
// and the test servers and benchmarks spawn with the same list, so what is measured is what runs.
//
// A larger young generation: a request builds its answer (a 999-item declaration's control report,
// its 2,000 payment lines with their explanations) as thousands of short-lived objects; with the
// default 16 MB semi-space V8 collects several times per request and copies the half-built answer
// each time. 32 MB halves those collections for at most 32 MB more memory per process
// (docs/PERFORMANCE.md, "Customs payments").
export const serverNodeFlags = ['--max-semi-space-size=32'];
