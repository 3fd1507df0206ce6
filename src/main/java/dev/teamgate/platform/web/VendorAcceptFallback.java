package dev.teamgate.platform.web;

import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as usual, but for a vendor that always answers JSON
 * ({@link VendorApi#jsonWhateverAccept()}) adds {@code application/json} as a last choice, so
 * {@code Accept: text/plain} or a browser's {@code text/html} gets JSON instead of a 406.
 */
class VendorAcceptFallback implements ContentNegotiationStrategy {

    private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest webRequest) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> asked;
        try {
            asked = header.resolveMediaTypes(webRequest);
        } catch (HttpMediaTypeNotAcceptableException unparsable) {
            if (!alwaysJson(webRequest)) {
                throw unparsable;
            }
            return List.of(MediaType.APPLICATION_JSON);
        }
        if (!alwaysJson(webRequest) || asked.contains(MediaType.ALL)) {
            return asked;
        }
        List<MediaType> withJson = new ArrayList<>(asked);
        withJson.add(MediaType.APPLICATION_JSON.removeQualityValue());
        return withJson;
    }

    private static boolean alwaysJson(NativeWebRequest webRequest) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return request != null && VendorContext.vendor(request).map(VendorApi::jsonWhateverAccept).orElse(false);
    }
}
