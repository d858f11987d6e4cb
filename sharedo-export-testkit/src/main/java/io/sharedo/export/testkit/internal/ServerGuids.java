package io.sharedo.export.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs a ShareDo server assigns to the records it stores (role permissions, aspects). The fake
 * derives them from the environment and the record's identity, so they are stable across exports of
 * one environment and differ between environments, as on real servers. Stateless.
 */
final class ServerGuids {
  private ServerGuids() {}

  static UUID assigned(String environment, String workType, String kind, String identity) {
    return UUID.nameUUIDFromBytes(("sharedo-export-testkit\n" + environment + "\n" + workType + "\n" + kind + "\n"
        + identity).getBytes(StandardCharsets.UTF_8));
  }
}
