package dev.teamgate.talktome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** is-account and person-info. Parameters as query string, form or JSON body; GET or POST. */
@RestController
// Every call takes GET and POST alike; the methods below inherit both.
@RequestMapping(path = TalkToMeConfiguration.PREFIX + "/api", method = {RequestMethod.GET, RequestMethod.POST})
@Tag(name = "Accounts")
@RequiredArgsConstructor
class AccountQueriesController {

    private final CompanyAuthentication authentication;
    private final AccountQueries queries;

    @RequestMapping(path = "/is-account")
    @Operation(summary = "Check for an existing account",
            description = "exists+verified for an account of your company, exists for one of another company, "
                    + "exists:false for an unknown address.")
    @Parameter(name = "companyId", in = ParameterIn.QUERY, required = true, example = "JSOM3ACS72QAJ2I1IM1D5VNFGR")
    @Parameter(name = "email", in = ParameterIn.QUERY, required = true, example = "paul.doe@company-ltd.example")
    @Parameter(name = "key", in = ParameterIn.QUERY, description = "Today's access key, or use the Authorization header")
    ResponseEntity<IsAccountAnswer> isAccount(TalkToMeParameters parameters) {
        Company company = authentication.authenticate(parameters);
        return JsonAnswer.ok(queries.isAccount(company, parameters.required("email")));
    }

    @RequestMapping(path = "/person-info")
    @Operation(summary = "Read account information",
            description = "By talkToMeId without authentication (the email address is then not shown), or by "
                    + "email with companyId and key. talkToMeId wins when both are given.")
    @Parameter(name = "talkToMeId", in = ParameterIn.QUERY, example = "QAT88PF4NQUB50SOHFLIPQL9RT")
    @Parameter(name = "email", in = ParameterIn.QUERY, description = "Requires companyId and key")
    @Parameter(name = "companyId", in = ParameterIn.QUERY, example = "JSOM3ACS72QAJ2I1IM1D5VNFGR")
    @Parameter(name = "key", in = ParameterIn.QUERY, description = "Today's access key, or use the Authorization header")
    ResponseEntity<PersonInfo> personInfo(TalkToMeParameters parameters) {
        Optional<String> talkToMeId = parameters.optional("talkToMeId");
        if (talkToMeId.isPresent()) {
            return JsonAnswer.ok(queries.byTalkToMeId(talkToMeId.get()));
        }
        if (parameters.optional("email").isEmpty()) {
            throw TalkToMeErrors.missingParameter("talkToMeId");
        }
        Company company = authentication.authenticate(parameters);
        return JsonAnswer.ok(queries.byEmail(company, parameters.required("email")));
    }
}
