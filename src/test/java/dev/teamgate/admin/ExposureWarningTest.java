package dev.teamgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureWarningTest {

    @Test
    void theBoxOnlyWhereItMatters() {
        assertThat(AdminConfiguration.exposureWarning("", "", List.of("sandbox")))
                .hasValueSatisfying(box -> assertThat(box.text()).contains("OPEN on all interfaces").contains("*****"))
                .hasValueSatisfying(box -> assertThat(box.loud()).isTrue());
        assertThat(AdminConfiguration.exposureWarning("", "0.0.0.0", List.of("postgres")))
                .hasValueSatisfying(box -> assertThat(box.text()).contains("OPEN on 0.0.0.0"));
    }

    @Test
    void aPlainLineOnADevelopersMachineAndNothingWhenSafe() {
        assertThat(AdminConfiguration.exposureWarning("", "", List.of()))
                .hasValueSatisfying(line -> assertThat(line.text()).doesNotContain("*").doesNotContain("\n")
                        .contains("fine on your machine"))
                .hasValueSatisfying(line -> assertThat(line.loud()).isFalse());
        assertThat(AdminConfiguration.exposureWarning("", "127.0.0.1", List.of("sandbox"))).isEmpty();
        assertThat(AdminConfiguration.exposureWarning("s3cret", "", List.of("sandbox"))).isEmpty();
    }
}
