package io.sharedo.export.component;

/** The export provider names this library routes into typed components. */
public final class Providers {
  /** Work types. */
  public static final String WORK_TYPE = "sharedo-type";
  /** Workflows. */
  public static final String WORKFLOW = "sharedo-workflow";
  /** Forms. */
  public static final String FORM = "sharedo-form";
  /** Option sets. */
  public static final String OPTION_SET = "sharedo-option-set";
  /** Permissions. */
  public static final String PERMISSION = "sharedo-permission";
  /** Document templates. */
  public static final String TEMPLATE = "sharedo-template";

  private Providers() {}
}
