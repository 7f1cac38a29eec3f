// The V8 flags the server runs with: `npm start` names them on its command line (package.json),
// and the test servers and benchmarks spawn with the same list, so what is measured is what runs.
//
// A larger young generation: a request builds its answer (a 999-item declaration's control report,
// its 2,000 payment lines with their explanations) as thousands of short-lived objects; with the
// default 16 MB semi-space V8 collects several times per request and copies the half-built answer
// each time. 32 MB halves those collections for at most 32 MB more memory per process
// (docs/PERFORMANCE.md, "Customs payments").
//
// A later move of WebAssembly functions to V8's optimising compiler: the embedded PostgreSQL
// (PGlite, the only WebAssembly the server runs) starts, migrates and warms up on code from V8's
// baseline compiler, and only a function that has run about a thousand times longer than the
// default's threshold is optimised. At the default, start-up optimised hundreds of functions that
// ran for a moment, in background threads that on two cores took the processor from the start
// itself: a warm start took 2.18 s against 1.65 s (docs/PERFORMANCE.md, "Start-up"). A server
// that keeps running still optimises the functions that keep running; on PostgreSQL proper it
// changes nothing.
export const serverNodeFlags = ['--max-semi-space-size=32', '--wasm-tiering-budget=1000000000'];
