package dev.teamgate.talktome;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The three documented answers of is-account: own company ({@code exists} + {@code verified}),
 * another company ({@code exists} only), unknown ({@code exists:false}).
 */
@JsonPropertyOrder({"success", "error", "exists", "verified"})
record IsAccountAnswer(boolean success, boolean error, boolean exists,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean verified) {

    static IsAccountAnswer ownCompany(boolean verified) {
        return new IsAccountAnswer(true, false, true, verified);
    }

    static IsAccountAnswer otherCompany() {
        return new IsAccountAnswer(true, false, true, null);
    }

    static IsAccountAnswer unknown() {
        return new IsAccountAnswer(true, false, false, null);
    }
}
