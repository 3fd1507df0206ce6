package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.support.ServerTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the talk-to-me server tests: the clock stands at noon UTC on 2023-08-10 (inside Paul
 * Doe's seeded absence, as in the vendor's person-info example), and the keys for that day are
 * literals computed with coreutils (commands in {@link AccessKeysTest}), not with the code under test.
 */
abstract class TalkToMeServerTest extends ServerTest {

    static final String COMPANY = "JSOM3ACS72QAJ2I1IM1D5VNFGR";
    static final String OTHER_COMPANY = "B7ZK3QW9XN2RT5VM8LP4HD6FJC";
    static final String MD5_COMPANY = "LGCY7Q2W8E1R6T0Y3UHXM5D9KA";
    static final String SECRET = "company-ltd-demo-secret";

    static final Instant AUG_10_NOON = Instant.parse("2023-08-10T12:00:00Z");
    /** Company Ltd., 2023-08-10 (T=1691625600), SHA-256. */
    static final String KEY = "464816e2871ffd941f49cd00fe3eeb10f1348042f8e41d1f5d6cf2c0c23a4dfb";
    /** Company Ltd., 2023-08-09 (T=1691539200). */
    static final String KEY_AUG_09 = "cc986d36a62f0adc06540dc5e7d4ad5f46b57529732f74a7d8a7f7a4fe4c34d0";
    /** Company Ltd., 2023-08-08 (T=1691452800). */
    static final String KEY_AUG_08 = "17c3033f61534eb6bbf7792e576826b7fbacd4f4c5b56404a48a9c7246e3f0a9";
    /** Company Ltd., 2023-08-11 (T=1691712000). */
    static final String KEY_AUG_11 = "d0f37c516ad65fb50a297b052a42f3d3c7b438050da3a28877c6bbc66cba8308";
    /** Other Corp., 2023-08-10: S=other-corp-demo-secret C=B7ZK3QW9XN2RT5VM8LP4HD6FJC, sha256sum. */
    static final String OTHER_KEY = "cbe015f83106c000a1762a6c6e5efc251f5f662de417c35163311d4ba3fc9aa0";
    /** Legacy GmbH, 2023-08-10, MD5: S=legacy-gmbh-demo-secret C=LGCY7Q2W8E1R6T0Y3UHXM5D9KA, md5sum. */
    static final String MD5_KEY = "c46e5558decada6b6daa614f146d186e";

    static final String PAUL = "paul.doe@company-ltd.example";
    static final String PAUL_ID = "QAT88PF4NQUB50SOHFLIPQL9RT";
    static final String JANE = "jane.roe@company-ltd.example";
    static final String MARK_LOCKED = "mark.stone@company-ltd.example";
    static final String NINA_DEACTIVATED = "nina.fresh@company-ltd.example";
    static final String OLGA_OTHER = "olga.other@other-corp.example";
    static final String CHANNEL = "968AIDVRHOMHBO19G7AIT7AHH0";

    @Autowired
    AccountRepository accounts;

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void standOnAugustTenth() {
        clock.freeze(AUG_10_NOON);
    }

    /** A request authenticated as Company Ltd. with today's key as query parameters. */
    static RequestSpecification asCompany() {
        return given().queryParam("companyId", COMPANY).queryParam("key", KEY);
    }

    /** The account as stored now, read straight from the domain. */
    Account stored(String companyId, String talkToMeId) {
        var company = workspaces.findByVendorAndExternalId("talktome", companyId).orElseThrow();
        return accounts.findByWorkspaceAndExternalId(company, talkToMeId).orElseThrow();
    }

    /** An expected body from {@code contracts/talktome/}, compacted as the server writes it. */
    String contract(String name) {
        try (InputStream in = getClass().getResourceAsStream("/contracts/talktome/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract " + name);
            }
            return json.writeValueAsString(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
