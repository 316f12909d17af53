package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.ErrorCode;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;

/**
 * A sink that records what a reader reports and checks the invariants every reader keeps: each
 * rejection is at stage READ, on one line, and ends with its origin ("what, value, where").
 */
final class RecordingSink implements ItemSink {
  final List<SourceItem> accepted = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();

  @Override
  public void accept(SourceItem item) {
    assertThat(item).isNotNull();
    accepted.add(item);
  }

  @Override
  public void reject(Rejection rejection) {
    assertThat(rejection.stage()).isEqualTo(Stage.READ);
    assertThat(rejection.reason()).doesNotContain("\n").endsWith(": " + rejection.origin());
    rejected.add(rejection);
  }

  int read() {
    return accepted.size() + rejected.size();
  }

  List<ErrorCode> codes() {
    return rejected.stream().map(Rejection::code).toList();
  }

  Rejection onlyRejection() {
    assertThat(rejected).hasSize(1);
    return rejected.get(0);
  }
}
