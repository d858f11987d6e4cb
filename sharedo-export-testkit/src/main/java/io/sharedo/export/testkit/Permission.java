package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * A permission (provider {@code sharedo-permission}). Immutable and thread-safe.
 *
 * @param systemName the permission's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param roles the roles granted it
 */
public record Permission(String systemName, String name, String description, List<String> roles) {
  /** Checks the arguments and copies the list. */
  public Permission {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    roles = Args.copy(roles, "roles");
  }

  /**
   * A permission with an empty description.
   *
   * @param systemName the permission's system name
   * @param name its display name
   * @param roles the roles granted it
   * @return the permission
   */
  public static Permission of(String systemName, String name, String... roles) {
    return new Permission(systemName, name, "", Arrays.asList(Args.notNull(roles, "roles")));
  }
}
