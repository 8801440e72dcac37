// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** GraphQL extensions.code when the failure came from the API. */
      code?: string;
    }
    // interface Locals {}
    // interface PageData {}
    interface PageState {
      /**
       * The employee app's open full-screen picker (its id), as a shallow history entry: the phone's
       * back button closes it instead of leaving the page.
       */
      picker?: string;
    }
    // interface Platform {}
  }
}

export {};
