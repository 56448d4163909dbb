// The build date of every test, so expiry rules give the same answer every day. `.ci/run` reads it
// too, to build the demo that the site tests then check.
export const NOW = '2026-11-21';
