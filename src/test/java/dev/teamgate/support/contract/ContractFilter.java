package dev.teamgate.support.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST Assured's side of the contract check: hands every response a full-server test receives to
 * {@link OpenApiContract}, which ignores all but vendor paths. Installed once by {@code ServerTest}.
 */
public final class ContractFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectation,
            FilterContext context) {
        Response response = context.next(request, expectation);
        URI uri = URI.create(request.getURI());
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        OpenApiContract.INSTANCE.check(new OpenApiContract.Exchange(uri.getPort(), request.getMethod(), uri.getRawPath(),
                response.getStatusCode(), headers, response.asByteArray()));
        return response;
    }
}
