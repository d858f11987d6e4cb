package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.sharedo.export.component.Phase;
import io.sharedo.export.component.PhasePlan;
import io.sharedo.export.component.PhaseTransition;
import io.sharedo.export.component.RolePermission;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.component.WorkTypeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@code sharedo-type} step object into a {@link WorkType}: the typed fields from its
 * {@code BaseSharedo}, {@code PhasePlan}, {@code Phases}, {@code PhaseTransitions},
 * {@code SharedoTypeRoles} and {@code SharedoTypeRolePermissions} sections, and the whole object as
 * its properties. Field names are matched ignoring case (a server writing camelCase reads the same).
 * Lenient where leniency cannot hide a problem (a missing or null section is empty, a missing flag
 * takes its default), strict where a wrong value would silently change meaning (a section of the
 * wrong type, an element without its system name, a flag that is not true or false): those are
 * refused naming the section and the element. Thread-safe: no state.
 */
final class WorkTypeParser {
  private final StepProblems invalid;

  /**
   * Creates a parser.
   *
   * @param invalid makes the exception for a problem ("has Phases[2] without a SystemName")
   */
  WorkTypeParser(StepProblems invalid) {
    this.invalid = invalid;
  }

  /**
   * Parses one step object.
   *
   * @param root the step object
   * @param identity the work type's identity (its selector's system name), or null to take
   *     {@code BaseSharedo.SystemName}
   * @return the work type
   */
  WorkType parse(JsonNode root, @Nullable String identity) {
    JsonNode base = object(root, "BaseSharedo");
    String systemName = identity != null ? identity : text(base, "SystemName", "BaseSharedo");
    if (systemName == null || systemName.isBlank()) {
      throw invalid.invalid("has no BaseSharedo.SystemName, so the work type cannot be named", null);
    }
    JsonNode plan = object(root, "PhasePlan");
    PhasePlan phasePlan = plan.isMissingNode() ? null
        : new PhasePlan(required(plan, "SystemName", "PhasePlan"), orEmpty(text(plan, "Name", "PhasePlan")));
    List<Phase> phases = new ArrayList<>();
    forEach(root, "Phases", (element, where) -> phases.add(new Phase(required(element, "SystemName", where),
        orEmpty(text(element, "Name", where)), bool(element, "IsStart", where, false),
        bool(element, "IsOpen", where, false), bool(element, "IsRemoved", where, false))));
    List<PhaseTransition> transitions = new ArrayList<>();
    forEach(root, "PhaseTransitions", (element, where) -> transitions.add(new PhaseTransition(
        required(element, "SystemName", where), orEmpty(text(element, "Name", where)),
        text(element, "FromPhaseSystemName", where), text(element, "ToPhaseSystemName", where),
        bool(element, "IsUserDriven", where, false))));
    List<WorkTypeRole> roles = new ArrayList<>();
    forEach(root, "SharedoTypeRoles", (element, where) -> roles.add(new WorkTypeRole(
        required(element, "ParticipantRoleSystemName", where), bool(element, "IsMandatory", where, false),
        bool(element, "IsActive", where, true), bool(element, "CanHaveMultiple", where, false))));
    List<RolePermission> permissions = new ArrayList<>();
    forEach(root, "SharedoTypeRolePermissions", (element, where) -> permissions.add(new RolePermission(
        required(element, "PermissionSystemName", where), required(element, "ParticipantRoleSystemName", where),
        text(element, "PhaseSystemName", where), bool(element, "UserOnly", where, false))));
    return new WorkType(systemName, orEmpty(text(base, "Name", "BaseSharedo")), text(base, "ShortName", "BaseSharedo"),
        text(base, "Description", "BaseSharedo"), text(base, "ParentSystemName", "BaseSharedo"),
        bool(base, "IsActive", "BaseSharedo", true), bool(base, "IsAbstract", "BaseSharedo", false),
        phasePlan, phases, transitions, roles, permissions, JsonTrees.toMap(root));
  }

  /** A section that must be an object when present; a missing node when absent or null. */
  private JsonNode object(JsonNode root, String section) {
    JsonNode value = JsonTrees.field(root, section);
    if (value == null || value.isNull()) {
      return MissingNode.getInstance();
    }
    if (!value.isObject()) {
      throw invalid.invalid("has a " + section + " that is " + article(value) + ", not an object", null);
    }
    return value;
  }

  private interface ElementReader {
    void read(JsonNode element, String where);
  }

  private void forEach(JsonNode root, String section, ElementReader reader) {
    JsonNode value = JsonTrees.field(root, section);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isArray()) {
      throw invalid.invalid("has a " + section + " that is " + article(value) + ", not a list", null);
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      String where = section + "[" + i + "]";
      if (!element.isObject()) {
        throw invalid.invalid("has " + where + " that is " + article(element) + ", not an object", null);
      }
      reader.read(element, where);
    }
  }

  private String required(JsonNode object, String field, String where) {
    String value = text(object, field, where);
    if (value == null || value.isBlank()) {
      throw invalid.invalid("has " + where + " without a " + field, null);
    }
    return value;
  }

  private @Nullable String text(JsonNode object, String field, String where) {
    JsonNode value = object.isMissingNode() ? null : JsonTrees.field(object, field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw invalid.invalid("has " + where + "." + field + " that is " + article(value) + ", not text", null);
    }
    return value.asText();
  }

  private boolean bool(JsonNode object, String field, String where, boolean absent) {
    JsonNode value = object.isMissingNode() ? null : JsonTrees.field(object, field);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.isTextual() ? value.textValue() : "";
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw invalid.invalid("has " + where + "." + field + " that is not true or false", null);
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** The node's type with its article: "an array", "a string". */
  static String article(JsonNode node) {
    String type = type(node);
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }
}
