package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Endpoint;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which endpoint a request path names, and the environment and job id in it.
 *
 * @param endpoint the endpoint, {@link Endpoint#UNKNOWN} when nothing matched
 * @param environment the environment segment, or null
 * @param jobId the job id segment, or null
 * @param methodAllowed false when the path matched but the method did not
 */
record Route(Endpoint endpoint, @Nullable String environment, @Nullable String jobId, boolean methodAllowed) {
  static final String API = "/api/modeller/importexport/export";
  private static final Pattern ENV = Pattern.compile("^/env/([^/]+)(/.*)$");
  private static final Pattern PROGRESS = Pattern.compile("^" + API + "/package/([^/]+)/progress/?$");
  private static final Pattern JOB = Pattern.compile("^" + API + "/package/([^/]+)/?$");
  private static final Pattern DOWNLOAD =
      Pattern.compile("^/modeller/__importexport/export/package/([^/]+)/download/?$");

  static Route parse(String method, String path) {
    if (path.equals("/identity/connect/token")) {
      return new Route(Endpoint.TOKEN, null, null, method.equals("POST"));
    }
    Matcher env = ENV.matcher(path);
    if (!env.matches()) {
      return unknown(null);
    }
    String name = env.group(1);
    String rest = env.group(2);
    if (rest.equals(API + "/package") || rest.equals(API + "/package/")) {
      return new Route(Endpoint.CREATE_JOB, name, null, method.equals("POST"));
    }
    if (rest.equals(API + "/added")) {
      return new Route(Endpoint.DEPENDENCIES, name, null, method.equals("POST"));
    }
    if (rest.equals("/api/configuration/export")) {
      return new Route(Endpoint.CONFIGURATION_EXPORT, name, null, method.equals("POST"));
    }
    Matcher m = PROGRESS.matcher(rest);
    if (m.matches()) {
      return new Route(Endpoint.PROGRESS, name, m.group(1), method.equals("GET"));
    }
    m = JOB.matcher(rest);
    if (m.matches()) {
      return new Route(Endpoint.CANCEL, name, m.group(1), method.equals("DELETE"));
    }
    m = DOWNLOAD.matcher(rest);
    if (m.matches()) {
      return new Route(Endpoint.DOWNLOAD, name, m.group(1), method.equals("GET") || method.equals("HEAD"));
    }
    return unknown(name);
  }

  private static Route unknown(@Nullable String environment) {
    return new Route(Endpoint.UNKNOWN, environment, null, true);
  }
}
