// Loads the authoring module (authoringEntry.ts) once, when an authoring command first needs it: on the
// desktop its own bundle, dist/authoring.js (src/extension/platform/).

export type AuthoringModule = typeof import('../authoringEntry');

export class AuthoringModuleLoader {
  private module: AuthoringModule | undefined;

  constructor(private readonly load: () => AuthoringModule) {}

  get(): AuthoringModule {
    return (this.module ??= this.load());
  }
}
