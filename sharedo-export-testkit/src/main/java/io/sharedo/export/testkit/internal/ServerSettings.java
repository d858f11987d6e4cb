package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.ErrorShape;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.ImpersonationRequirement;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The frozen configuration of one fake server, made by {@code FakeShareDoServerBuilder#build()}.
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
 * @param extensions the protocol extensions switched on
 * @param behaviour how the server differs from the plain real one
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
    long largePackageBytes,
    Set<Extension> extensions,
    Behaviour behaviour) {

  /**
   * Real-server variants a test can choose.
   *
   * @param errorShape how error bodies look
   * @param impersonation whether exports need a user
   * @param fixedUser who an {@code Impersonate.Fixed} token stands for
   * @param chunkedDownloads whether downloads go without {@code Content-Length}
   * @param packagingDelay how long a job stays complete without its package, on the server's clock
   * @param packagingPolls how many progress answers a job stays complete without its package
   * @param fallbackZip whether the configuration export answers a package ZIP instead of one JSON document
   * @param byteOrderMarks whether package JSON files start with a UTF-8 byte-order mark
   * @param stepFilesAtRoot whether step files sit at the ZIP's root instead of under {@code data/}
   */
  public record Behaviour(ErrorShape errorShape, ImpersonationRequirement impersonation, String fixedUser,
      boolean chunkedDownloads, Duration packagingDelay, int packagingPolls, boolean fallbackZip,
      boolean byteOrderMarks, boolean stepFilesAtRoot) {
    /** The plain real server. */
    public static final Behaviour REAL = new Behaviour(ErrorShape.ERROR_MESSAGE, ImpersonationRequirement.NONE,
        "exporter@sharedo.example", false, Duration.ZERO, 0, false, false, false);

    /** Checks the arguments. */
    public Behaviour {
      Args.notNull(errorShape, "errorShape");
      Args.notNull(impersonation, "impersonation");
      Args.notBlank(fixedUser, "fixedUser");
      Args.notNull(packagingDelay, "packagingDelay");
    }
  }

  /** Checks the arguments and copies the collections. */
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
    Args.notNull(extensions, "extensions");
    extensions = extensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extensions));
    Args.notNull(behaviour, "behaviour");
  }

  /**
   * Whether an extension is on.
   *
   * @param extension the extension
   * @return true when switched on
   */
  public boolean has(Extension extension) {
    return extensions.contains(extension);
  }

  /** Hides the client secret. */
  @Override
  public String toString() {
    return "ServerSettings[port=" + port + ", environments=" + environments.size() + ", jobDuration=" + jobDuration
        + ", clientId=" + clientId + ", progressPerPoll=" + progressPerPoll + ", extensions=" + extensions + "]";
  }
}
