declare module 'fxa-common-password-list' {
  /** Whether a password is on Firefox Accounts' list of common passwords. */
  const list: { test(password: string): boolean };
  export default list;
}
