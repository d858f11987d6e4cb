package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up warm-up runs only where a request follows: never for help, version or file-only commands. */
class StartupWarmUpTest {

  @Test
  void warmsUpForTheCommandsThatSendRequests() {
    for (String command : new String[] {"export", "batch", "status", "cancel", "recover"}) {
      assertThat(StartupWarmUp.sendsRequests(new String[] {command, "--server", "http://uat"})).as(command).isTrue();
      assertThat(StartupWarmUp.sendsRequests(new String[] {command, "--help"})).as(command).isFalse();
      assertThat(StartupWarmUp.sendsRequests(new String[] {command, "-h"})).as(command).isFalse();
    }
  }

  @Test
  void leavesHelpVersionAndFileCommandsAlone() {
    assertThat(StartupWarmUp.sendsRequests(new String[0])).isFalse();
    assertThat(StartupWarmUp.sendsRequests(new String[] {"--version"})).isFalse();
    assertThat(StartupWarmUp.sendsRequests(new String[] {"export", "-V"})).isFalse();
    assertThat(StartupWarmUp.sendsRequests(new String[] {"--help"})).isFalse();
    assertThat(StartupWarmUp.sendsRequests(new String[] {"inspect", "p.zip"})).isFalse();
    assertThat(StartupWarmUp.sendsRequests(
        new String[] {"compare", "--left-package", "a.zip", "--right-package=b.zip"})).isFalse();
  }

  @Test
  void warmsUpForACompareThatReadsAnEnvironment() {
    assertThat(StartupWarmUp.sendsRequests(new String[] {"compare", "--left", "uat", "--right", "prod"})).isTrue();
    assertThat(StartupWarmUp.sendsRequests(new String[] {"compare", "--left-package", "a.zip", "--right", "uat"}))
        .isTrue();
  }

  @Test
  void preparesTlsUnlessEveryUrlGivenIsPlainHttp() {
    assertThat(StartupWarmUp.mayUseTls(new String[] {"export", "--server", "https://uat.example"})).isTrue();
    assertThat(StartupWarmUp.mayUseTls(new String[] {"export", "--environments", "envs.json"})).isTrue();
    assertThat(StartupWarmUp.mayUseTls(
        new String[] {"export", "--server=http://localhost:8080", "--identity-url", "https://id.example"})).isTrue();
    assertThat(StartupWarmUp.mayUseTls(
        new String[] {"export", "--server", "http://localhost:8080", "--identity-url", "http://localhost:8080/id"}))
        .isFalse();
  }
}
