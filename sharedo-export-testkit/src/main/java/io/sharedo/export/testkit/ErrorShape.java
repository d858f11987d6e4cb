package io.sharedo.export.testkit;

/**
 * How a {@link FakeShareDoServer} words its error answers (4xx/5xx of the API; the token endpoint always
 * answers OAuth's {@code {"error":"..."}}). PROTOCOL.md "Errors from the server" lists the shapes a client
 * must accept; choose one with {@link FakeShareDoServerBuilder#errorShape(ErrorShape)}.
 */
public enum ErrorShape {
  /** {@code {"errorMessage":"..."}}: what public ShareDo tools read; the default. */
  ERROR_MESSAGE,
  /** {@code {"errorMessages":["..."]}}. */
  ERROR_MESSAGES,
  /** {@code {"error":{"code":"..","message":".."},"statusCode":400,"timestamp":".."}}. */
  NESTED_ERROR,
  /** The message as {@code text/plain}. */
  PLAIN_TEXT,
  /**
   * An HTML page ({@code text/html}), as a proxy or a web server in front of ShareDo answers: not a ShareDo
   * answer at all, for testing that a client says so.
   */
  HTML_PAGE
}
