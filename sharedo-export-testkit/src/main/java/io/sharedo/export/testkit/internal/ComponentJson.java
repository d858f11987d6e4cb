package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.Form;
import io.sharedo.export.testkit.OptionSet;
import io.sharedo.export.testkit.Permission;
import io.sharedo.export.testkit.Template;
import io.sharedo.export.testkit.WorkType;
import io.sharedo.export.testkit.Workflow;
import java.util.List;

/** Turns model components into the JSON of a package's step files (field names as documented). Stateless. */
final class ComponentJson {
  private ComponentJson() {}

  static ObjectNode workType(WorkType w) {
    ObjectNode n = head(w.systemName(), w.name(), w.description());
    n.put("isActive", w.isActive());
    n.put("parentSystemName", w.parentSystemName());
    ArrayNode attributes = n.putArray("attributes");
    w.attributes().forEach(a -> attributes.addObject()
        .put("systemName", a.systemName()).put("type", a.type()).put("required", a.required()));
    strings(n.putArray("roles"), w.roles());
    strings(n.putArray("workflows"), w.workflows());
    strings(n.putArray("forms"), w.forms());
    n.put("lastModified", w.lastModified().toString());
    return n;
  }

  static ObjectNode workflow(Workflow w) {
    ObjectNode n = head(w.systemName(), w.name(), w.description());
    ArrayNode steps = n.putArray("steps");
    w.steps().forEach(s -> {
      ObjectNode step = steps.addObject().put("systemName", s.systemName()).put("name", s.name());
      strings(step.putArray("next"), s.next());
    });
    n.put("lastModified", w.lastModified().toString());
    return n;
  }

  static ObjectNode form(Form f) {
    ObjectNode n = head(f.systemName(), f.name(), f.description());
    ArrayNode fields = n.putArray("fields");
    f.fields().forEach(x -> fields.addObject().put("systemName", x.systemName()).put("type", x.type())
        .put("label", x.label()).put("required", x.required()));
    n.put("lastModified", f.lastModified().toString());
    return n;
  }

  static ObjectNode optionSet(OptionSet o) {
    ObjectNode n = head(o.systemName(), o.name(), o.description());
    ArrayNode options = n.putArray("options");
    o.options().forEach(x -> options.addObject()
        .put("systemName", x.systemName()).put("label", x.label()).put("isActive", x.isActive()));
    return n;
  }

  static ObjectNode permission(Permission p) {
    ObjectNode n = head(p.systemName(), p.name(), p.description());
    strings(n.putArray("roles"), p.roles());
    return n;
  }

  static ObjectNode template(Template t) {
    ObjectNode n = head(t.systemName(), t.name(), t.description());
    strings(n.putArray("outputs"), t.outputs());
    return n;
  }

  private static ObjectNode head(String systemName, String name, String description) {
    return Responses.JSON.createObjectNode()
        .put("systemName", systemName).put("name", name).put("description", description);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
