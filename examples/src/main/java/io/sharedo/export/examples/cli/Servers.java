package io.sharedo.export.examples.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which server each environment of a command is on: one environment's {@code --server}, one server per
 * environment from an environments file, or the built-in fake server. An environment never borrows
 * another's server: a name without a server of its own is a usage error (exit 2). Also carries the
 * command line's time limits, which apply to every environment. Immutable.
 */
final class Servers {
  private final Map<String, Connection> byName;
  private final Connection single;
  private final Path file;
  private final Timeouts timeouts;

  private Servers(Map<String, Connection> byName, Connection single, Path file, Timeouts timeouts) {
    this.byName = byName;
    this.single = single;
    this.file = file;
    this.timeouts = timeouts;
  }

  /**
   * The built-in fake server with its demo environments.
   *
   * @param timeouts the time limits given on the command line
   * @return the servers
   */
  static Servers builtIn(Timeouts timeouts) {
    return new Servers(Map.of(), null, null, timeouts);
  }

  /**
   * {@code --server} and its credentials: the server of the one environment the command names.
   *
   * @param connection the server
   * @param timeouts the time limits given on the command line
   * @return the servers
   */
  static Servers single(Connection connection, Timeouts timeouts) {
    return new Servers(Map.of(), connection, null, timeouts);
  }

  /**
   * The environments of a file.
   *
   * @param file where they were read from (for messages)
   * @param byName each environment's server
   * @param timeouts the time limits given on the command line
   * @return the servers
   */
  static Servers fromFile(Path file, Map<String, Connection> byName, Timeouts timeouts) {
    return new Servers(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName)), null, file, timeouts);
  }

  /**
   * The time limits given on the command line, for every environment alike.
   *
   * @return the limits
   */
  Timeouts timeouts() {
    return timeouts;
  }

  /**
   * Whether the built-in fake server is used.
   *
   * @return true without {@code --server} and without an environments file
   */
  boolean usesFakeServer() {
    return single == null && file == null;
  }

  /**
   * Whether the environments file names a server for an environment ({@code --server} serves only
   * the one environment the command names, so it answers false).
   *
   * @param environment the name
   * @return true when the file has it
   */
  boolean fileHas(String environment) {
    return byName.containsKey(environment);
  }

  /**
   * The server of each environment the command uses.
   *
   * @param environments the names, in the command's order
   * @return each name's connection, in that order
   * @throws UsageException when a name has no server of its own
   */
  Map<String, Connection> resolve(Collection<String> environments) {
    Set<String> names = new LinkedHashSet<>(environments);
    Map<String, Connection> resolved = new LinkedHashMap<>();
    if (single != null) {
      if (names.size() > 1) {
        throw new UsageException("--server is the server of one environment, but this command uses "
            + String.join(" and ", names) + ": give each environment its own server in an environments file"
            + " (--environments FILE); one server is never used for two environments");
      }
      names.forEach(name -> resolved.put(name, single));
      return resolved;
    }
    for (String name : names) {
      Connection connection = byName.get(name);
      if (connection == null) {
        throw new UsageException("environment '" + name + "' has no server in " + file + " (it has "
            + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())) + "); add it there");
      }
      resolved.put(name, connection);
    }
    return resolved;
  }

  @Override
  public String toString() {
    return usesFakeServer() ? "Servers[built-in fake server]"
        : single != null ? "Servers[" + single + "]" : "Servers[" + file + ": " + byName.keySet() + "]";
  }
}
