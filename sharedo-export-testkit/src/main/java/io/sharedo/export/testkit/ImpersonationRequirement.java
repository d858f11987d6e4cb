package io.sharedo.export.testkit;

/**
 * Whether exports need a token that stands for a user. ShareDo says a client-credentials token "can only
 * be used to call APIs that do not require a user context", and a package export may be refused with
 * such a token. Choose with {@link FakeShareDoServerBuilder#requireImpersonation(ImpersonationRequirement)}.
 */
public enum ImpersonationRequirement {
  /** Every grant works, and an export made with a client-credentials token names the client as {@code CreatedBy}. */
  NONE,
  /**
   * The token endpoint refuses {@code grant_type=client_credentials} with 400
   * {@code {"error":"unsupported_grant_type"}}; the two {@code Impersonate.*} grants work.
   */
  REFUSE_CLIENT_CREDENTIALS_GRANT,
  /**
   * Client-credentials tokens are issued, but creating an export job with one answers 400 with ShareDo's
   * message about {@code createdBy} (in the server's {@link ErrorShape}).
   */
  REFUSE_EXPORT_WITHOUT_USER
}
