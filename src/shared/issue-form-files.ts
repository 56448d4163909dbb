// The file names of the repository's issue forms (.github/ISSUE_TEMPLATE/): `npm run issue-form`
// writes them, and the API's contribute block links to them (GitHub opens a form by its file name).
export const ISSUE_FORM_FILES = { partner: 'partner-application.yml', app: 'app-submission.yml' } as const;
