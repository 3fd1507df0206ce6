package dev.teamgate.talktome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The key formula against vectors computed outside Java with coreutils, so a bug shared by the
 * implementation and the test cannot hide. Each literal was produced by the command in its comment.
 */
class AccessKeysTest {

    static final String SECRET = "company-ltd-demo-secret";
    static final String COMPANY = "JSOM3ACS72QAJ2I1IM1D5VNFGR";
    static final LocalDate AUG_10 = LocalDate.of(2023, 8, 10);

    @Test
    void sha256VectorForTheDocsCompany() {
        // date -u -d 2023-08-10 +%s  ->  1691625600
        assertThat(AccessKeys.today(AUG_10, ZoneOffset.UTC)).isEqualTo(1691625600L);
        // S=company-ltd-demo-secret C=JSOM3ACS72QAJ2I1IM1D5VNFGR T=1691625600
        // printf '%s' "$S$(printf '%s' "$S$C$T" | sha256sum | cut -d' ' -f1)" | sha256sum
        assertThat(AccessKeys.compute(HashAlgorithm.SHA_256, SECRET, COMPANY, 1691625600L))
                .isEqualTo("464816e2871ffd941f49cd00fe3eeb10f1348042f8e41d1f5d6cf2c0c23a4dfb");
    }

    @Test
    void theInnerDigestIsHexTextNotRawBytes() {
        // printf '%s' "$S$C$T" | sha256sum  (same S, C, T as above)
        assertThat(HashAlgorithm.SHA_256.hex(SECRET + COMPANY + 1691625600L))
                .isEqualTo("445d05a238da8a1e480f15850eedfa4fa82e2b149ce55f8a7f4a81bbc196f705");
    }

    @Test
    void md5Vectors() {
        // S=company-ltd-demo-secret C=JSOM3ACS72QAJ2I1IM1D5VNFGR T=1691625600
        // printf '%s' "$S$(printf '%s' "$S$C$T" | md5sum | cut -d' ' -f1)" | md5sum
        assertThat(AccessKeys.compute(HashAlgorithm.MD5, SECRET, COMPANY, 1691625600L))
                .isEqualTo("d2a82f29e475360eb9c52bc81dc5bdd7");
        // S=legacy-gmbh-demo-secret C=LGCY7Q2W8E1R6T0Y3UHXM5D9KA T=1691625600 (the seed's MD5 company)
        assertThat(AccessKeys.compute(HashAlgorithm.MD5, "legacy-gmbh-demo-secret", "LGCY7Q2W8E1R6T0Y3UHXM5D9KA",
                1691625600L)).isEqualTo("c46e5558decada6b6daa614f146d186e");
    }

    @Test
    void theDayBeforeGivesAnotherKey() {
        // T=1691539200 (date -u -d 2023-08-09 +%s), same S and C, sha256sum as above
        assertThat(AccessKeys.today(AUG_10.minusDays(1), ZoneOffset.UTC)).isEqualTo(1691539200L);
        assertThat(AccessKeys.compute(HashAlgorithm.SHA_256, SECRET, COMPANY, 1691539200L))
                .isEqualTo("cc986d36a62f0adc06540dc5e7d4ad5f46b57529732f74a7d8a7f7a4fe4c34d0");
    }

    @Test
    void anotherZoneMovesTheMidnight() {
        // TZ=Europe/Berlin date -d 2023-08-10 +%s  ->  1691618400 (22:00 UTC the evening before)
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(AccessKeys.today(AUG_10, berlin)).isEqualTo(1691618400L);
        // 23:30 UTC on Aug 9 is already Aug 10 in Berlin, still Aug 9 in UTC
        Instant lateEvening = Instant.parse("2023-08-09T23:30:00Z");
        assertThat(AccessKeys.day(lateEvening, berlin)).isEqualTo(AUG_10);
        assertThat(AccessKeys.day(lateEvening, ZoneOffset.UTC)).isEqualTo(AUG_10.minusDays(1));
        // T=1691618400, same S and C, sha256sum as above
        assertThat(AccessKeys.compute(HashAlgorithm.SHA_256, SECRET, COMPANY, 1691618400L))
                .isEqualTo("95a27bf9dee647a8d517f7f01d5f6e74a309d20fdfac7a1cbc448285ded39818");
    }

    @Test
    void theHashSettingIsReadLeniently() {
        assertThat(HashAlgorithm.fromSetting("MD5")).isEqualTo(HashAlgorithm.MD5);
        assertThat(HashAlgorithm.fromSetting(" md5 ")).isEqualTo(HashAlgorithm.MD5);
        assertThat(HashAlgorithm.fromSetting("SHA-256")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.fromSetting("sha256")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.fromSetting(null)).isEqualTo(HashAlgorithm.SHA_256);
    }
}
