package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class JitCheckTest {
  @Test
  void warnsOnlyWhenHugeMethodsStayInterpreted() {
    String warning = JitCheck.warning("true").orElseThrow();
    assertTrue(warning.contains("-XX:-DontCompileHugeMethods"), warning);
    assertTrue(warning.indexOf('\n') < 0, "one line: " + warning);
    assertTrue(JitCheck.warning("false").isEmpty());
  }

  @Test
  void readsThisJvmsOption() {
    String value =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .getVMOption(JitCheck.OPTION)
            .getValue();
    assertEquals(JitCheck.warning(value), JitCheck.warning());
  }
}
