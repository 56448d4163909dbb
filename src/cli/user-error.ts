// A mistake the user can fix (a wrong option value, a missing file, a name already taken): the
// command stops, and the runner prints its message as one line, with no stack trace, and exits 2.
export class UserError extends Error {}
