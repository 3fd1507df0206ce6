package dev.teamgate.talktome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** out-of-office and do-not-disturb. Parameters as query string, form or JSON body; GET or POST. */
@RestController
// Every call takes GET and POST alike; the methods below inherit both.
@RequestMapping(path = TalkToMeConfiguration.PREFIX + "/api", method = {RequestMethod.GET, RequestMethod.POST})
@Tag(name = "Accounts")
@RequiredArgsConstructor
class AccountSettingsController {

    private final CompanyAuthentication authentication;
    private final AccountUpdates updates;

    @RequestMapping(path = "/out-of-office")
    @Operation(summary = "Set absence information",
            description = "A missing awayFrom, awayUntil or substitution clears it. substitutionChannel wins over "
                    + "substitution. The account must belong to your company and must not be locked.")
    @Parameter(name = "accountEmail", in = ParameterIn.QUERY, required = true, example = "paul.doe@company-ltd.example")
    @Parameter(name = "companyId", in = ParameterIn.QUERY, required = true, example = "JSOM3ACS72QAJ2I1IM1D5VNFGR")
    @Parameter(name = "key", in = ParameterIn.QUERY, description = "Today's access key, or use the Authorization header")
    @Parameter(name = "awayFrom", in = ParameterIn.QUERY, description = "YYYY-MM-DD", example = "2023-08-01")
    @Parameter(name = "awayUntil", in = ParameterIn.QUERY, description = "YYYY-MM-DD", example = "2023-08-14")
    @Parameter(name = "substitution", in = ParameterIn.QUERY, description = "talkToMe id or email of a colleague")
    @Parameter(name = "substitutionChannel", in = ParameterIn.QUERY, example = "968AIDVRHOMHBO19G7AIT7AHH0")
    ResponseEntity<SavedAnswer> outOfOffice(TalkToMeParameters parameters) {
        Company company = authentication.authenticate(parameters);
        updates.setAbsence(company, OutOfOfficeRequest.from(parameters));
        return JsonAnswer.ok(SavedAnswer.saved());
    }

    @RequestMapping(path = "/do-not-disturb")
    @Operation(summary = "Set the do-not-disturb flag",
            description = "While set, the person gets no new conversations from any channel. dnd defaults to true.")
    @Parameter(name = "accountEmail", in = ParameterIn.QUERY, required = true, example = "paul.doe@company-ltd.example")
    @Parameter(name = "companyId", in = ParameterIn.QUERY, required = true, example = "JSOM3ACS72QAJ2I1IM1D5VNFGR")
    @Parameter(name = "key", in = ParameterIn.QUERY, description = "Today's access key, or use the Authorization header")
    @Parameter(name = "dnd", in = ParameterIn.QUERY, description = "true (default) or false", example = "false")
    ResponseEntity<SavedAnswer> doNotDisturb(TalkToMeParameters parameters) {
        Company company = authentication.authenticate(parameters);
        String accountEmail = parameters.required("accountEmail");
        boolean dnd = parameters.optional("dnd").map(AccountSettingsController::flag).orElse(true);
        updates.setDoNotDisturb(company, accountEmail, dnd);
        return JsonAnswer.ok(SavedAnswer.saved());
    }

    /** true/false as PHP clients send them: also 1/0, yes/no, on/off. */
    private static boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw TalkToMeErrors.invalidParameter("dnd", "The parameter dnd must be true or false.");
        };
    }
}
