package org.publod.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * CORS for public, read-only data: any origin may read every answer, but never with credentials. The origin is
 * not echoed, so a browser sends no cookies or authorization cross-origin and caches see one answer for all.
 * A preflight is answered here, before anything else runs.
 */
final class CorsHandler extends Handler.Wrapper {
    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since";
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, Location, Content-Location";

    CorsHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields requestHeaders = request.getHeaders();
        if (!requestHeaders.contains(HttpHeader.ORIGIN)) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (HttpMethod.OPTIONS.is(request.getMethod())
                && requestHeaders.contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        return super.handle(request, response, callback);
    }
}
