package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An aspect (a panel of the work item's screen) of a {@link WorkTypeModel}, written to the step file's
 * {@code Aspects} list as {@code {"SharedoTypeSystemName","Id","AspectDefinitionSystemName","ZoneName","DisplayPriority"}}.
 * Like {@link RolePermissionModel}, a null {@code id} lets the server assign a GUID that is stable per
 * environment and differs between environments. Immutable and thread-safe.
 *
 * @param aspectDefinitionSystemName the aspect's definition, e.g. {@code matter-summary}
 * @param zoneName the screen zone it shows in, e.g. {@code main}
 * @param displayPriority its order within the zone
 * @param id the record's GUID, or null to let the server assign one
 */
public record AspectModel(String aspectDefinitionSystemName, String zoneName, int displayPriority, @Nullable UUID id) {

  /** Checks the arguments. */
  public AspectModel {
    Args.notBlank(aspectDefinitionSystemName, "aspectDefinitionSystemName");
    Args.notBlank(zoneName, "zoneName");
  }

  /**
   * An aspect with a server-assigned id.
   *
   * @param aspectDefinitionSystemName the aspect's definition
   * @param zoneName the zone it shows in
   * @param displayPriority its order within the zone
   * @return the aspect
   */
  public static AspectModel of(String aspectDefinitionSystemName, String zoneName, int displayPriority) {
    return new AspectModel(aspectDefinitionSystemName, zoneName, displayPriority, null);
  }

  /**
   * A copy with a fixed id instead of a server-assigned one.
   *
   * @param newId the GUID, or null to let the server assign one
   * @return the copy
   */
  public AspectModel withId(@Nullable UUID newId) {
    return new AspectModel(aspectDefinitionSystemName, zoneName, displayPriority, newId);
  }
}
