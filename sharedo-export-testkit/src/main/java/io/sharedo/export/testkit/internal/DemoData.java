package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Attribute;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.Form;
import io.sharedo.export.testkit.FormField;
import io.sharedo.export.testkit.Option;
import io.sharedo.export.testkit.OptionSet;
import io.sharedo.export.testkit.Permission;
import io.sharedo.export.testkit.Template;
import io.sharedo.export.testkit.WorkType;
import io.sharedo.export.testkit.Workflow;
import io.sharedo.export.testkit.WorkflowStep;
import java.time.Instant;
import java.util.List;

/**
 * The built-in demo environments: {@code uat}, and {@code vnext} derived from it with realistic
 * changes (see the README's table). Stateless.
 */
public final class DemoData {
  private static final Instant CHANGED = Instant.parse("2026-11-27T14:30:00Z");

  private DemoData() {}

  /** @return the demo environments, {@code uat} first */
  public static List<EnvironmentModel> environments() {
    EnvironmentModel uat = uat();
    return List.of(uat, vnext(uat));
  }

  static EnvironmentModel uat() {
    return EnvironmentModel.builder("uat")
        .workType("matter", w -> w.name("Matter").description("A client matter")
            .attribute("matter-ref", "string", true)
            .attribute("client-name", "string", true)
            .attribute("budget", "decimal", false)
            .roles("owner", "supervisor")
            .workflows("matter-intake", "matter-closure")
            .forms("matter-details", "conflict-check")
            .optionSets("matter-status")
            .permissions("matter-edit")
            .templates("client-care-letter"))
        .workType("dispute", w -> w.name("Dispute").description("A contentious matter").parent("matter")
            .attribute("claim-value", "decimal", false)
            .attribute("court", "string", false)
            .roles("owner", "counsel")
            .workflows("dispute-review")
            .forms("dispute-details")
            .optionSets("practice-area")
            .permissions("matter-view"))
        .workflow(Workflow.of("matter-intake", "Matter intake",
            WorkflowStep.of("open", "Open", "conflict-check"),
            WorkflowStep.of("conflict-check", "Conflict check", "engaged"),
            WorkflowStep.of("engaged", "Engaged")))
        .workflow(Workflow.of("matter-closure", "Matter closure",
            WorkflowStep.of("final-bill", "Final bill", "archive"),
            WorkflowStep.of("archive", "Archive")))
        .workflow(Workflow.of("dispute-review", "Dispute review",
            WorkflowStep.of("assess", "Assess merits", "advise"),
            WorkflowStep.of("advise", "Advise client")))
        .form(Form.of("matter-details", "Matter details",
            new FormField("matter-ref", "string", "Matter reference", true),
            new FormField("client-name", "string", "Client", true),
            new FormField("budget", "decimal", "Budget", false)))
        .form(Form.of("conflict-check", "Conflict check",
            new FormField("other-parties", "string", "Other parties", true),
            new FormField("cleared", "boolean", "Conflict cleared", true)))
        .form(Form.of("dispute-details", "Dispute details",
            new FormField("claim-value", "decimal", "Claim value", false),
            new FormField("court", "string", "Court", false)))
        .optionSet(OptionSet.of("matter-status", "Matter status",
            new Option("open", "Open", true),
            new Option("on-hold", "On hold", true),
            new Option("closed", "Closed", true)))
        .optionSet(OptionSet.of("practice-area", "Practice area",
            new Option("litigation", "Litigation", true),
            new Option("property", "Property", true),
            new Option("corporate", "Corporate", true)))
        .permission(Permission.of("matter-edit", "Edit matters", "owner", "supervisor"))
        .permission(Permission.of("matter-view", "View matters", "owner", "supervisor", "counsel"))
        .template(Template.of("client-care-letter", "Client care letter", "docx", "pdf"))
        .template(Template.of("engagement-letter", "Engagement letter", "docx"))
        .build();
  }

  /**
   * {@code uat} with: matter's {@code budget} now required and a {@code paralegal} role, a new
   * {@code matter-review} workflow linked from matter, the {@code conflict-check} form removed, and
   * {@code matter-status} reordered with {@code on-hold} relabelled "Paused". Everything else unchanged.
   */
  static EnvironmentModel vnext(EnvironmentModel uat) {
    WorkType matter = uat.workType("matter").orElseThrow().toBuilder()
        .replaceAttribute(new Attribute("budget", "decimal", true))
        .roles("paralegal")
        .workflows("matter-review")
        .unlink("conflict-check")
        .lastModified(CHANGED)
        .build();
    return uat.toBuilder("vnext")
        .workType(matter)
        .workflow(new Workflow("matter-review", "Matter review", "Periodic supervisor review", List.of(
            WorkflowStep.of("review", "Supervisor review", "sign-off"),
            WorkflowStep.of("sign-off", "Sign off")), CHANGED))
        .remove("conflict-check")
        .optionSet(OptionSet.of("matter-status", "Matter status",
            new Option("closed", "Closed", true),
            new Option("open", "Open", true),
            new Option("on-hold", "Paused", true)))
        .build();
  }
}
