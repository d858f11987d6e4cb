package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.EnvironmentModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The frozen configuration of one fake server, made by {@code FakeShareDoServer.Builder#build()}.
 *
 * @param port the port to bind, 0 for a free one
 * @param environments the environments, the first one being the default
 * @param jobDuration how long a job takes from creation to completion on the server's clock
 * @param clock the server's clock
 * @param clientId the accepted client id
 * @param clientSecret the accepted client secret
 * @param tokenLifetime how long an issued token is valid
 * @param progressPerPoll percentage points a job advances per progress request, or 0 to follow the clock
 * @param threads how many threads serve requests
 * @param largePackageBytes zero bytes of padding added to every job's package, or 0
 */
public record ServerSettings(
    int port,
    List<EnvironmentModel> environments,
    Duration jobDuration,
    Clock clock,
    String clientId,
    String clientSecret,
    Duration tokenLifetime,
    int progressPerPoll,
    int threads,
    long largePackageBytes) {

  /** Checks the arguments and copies the list. */
  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be within 0..65535: " + port);
    }
    environments = Args.copy(environments, "environments");
    if (environments.isEmpty()) {
      throw new IllegalArgumentException("environments cannot be empty");
    }
    Args.notNull(jobDuration, "jobDuration");
    Args.notNull(clock, "clock");
    Args.notBlank(clientId, "clientId");
    Args.notBlank(clientSecret, "clientSecret");
    Args.notNull(tokenLifetime, "tokenLifetime");
  }

  /** Hides the client secret. */
  @Override
  public String toString() {
    return "ServerSettings[port=" + port + ", environments=" + environments.size() + ", jobDuration=" + jobDuration
        + ", clientId=" + clientId + ", progressPerPoll=" + progressPerPoll + "]";
  }
}
