package io.sharedo.export.testkit;

/**
 * This library's additions to the ShareDo protocol, which a real ShareDo 7.9 server may lack
 * (PROTOCOL.md marks them "extension"). A {@link FakeShareDoServer} behaves like a real server, with
 * none of them, unless they are switched on with {@link FakeShareDoServerBuilder#extensions(Extension...)}
 * (or all at once with {@link FakeShareDoServerBuilder#allExtensions()}).
 */
public enum Extension {
  /** Progress reports {@code packageSize} (bytes) once the package is available; without it the field is absent. */
  PACKAGE_SIZE,
  /** Progress reports {@code packageSha256} (lower-case hex) once the package is available; without it the field is absent. */
  PACKAGE_SHA256,
  /**
   * Downloads carry {@code ETag} and {@code Accept-Ranges: bytes}, and honour {@code Range: bytes=N-} with
   * 206 and {@code Content-Range} (guarded by {@code If-Range}); without it, no ETag, and a {@code Range}
   * request is answered 200 with the whole package.
   */
  RANGE_REQUESTS,
  /**
   * {@code DELETE .../export/package/{id}} cancels a job (204; 409 for a finished one); without it the
   * path answers 404, as no cancel endpoint is known on real servers.
   */
  CANCEL,
  /**
   * A create request with an {@code Idempotency-Key} already used in the environment returns that job
   * instead of making a new one; without it the header is recorded but ignored.
   */
  IDEMPOTENCY_KEY,
  /**
   * A create request with {@code "includeDependencies": true} also exports the dependencies of its items
   * that the environment's model holds (a parent work type, raw steps), and their manifest entries name
   * those steps in {@code PackageStepId}; without it, as on real servers, a package holds the requested
   * items only.
   */
  INCLUDE_DEPENDENCIES
}
