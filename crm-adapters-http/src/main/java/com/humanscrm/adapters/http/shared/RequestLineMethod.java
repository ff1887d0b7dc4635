package com.humanscrm.adapters.http.shared;

import io.javalin.http.Header;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The method is the request line's. Javalin routes by {@code X-HTTP-Method-Override} when a request
 * carries it (there is no setting to stop it), so a GET could delete and a HEAD could change a record,
 * past every proxy, cache and Origin check that trusts the method. This filter hides the header from
 * Javalin before it routes; a request carrying it is served as the method it was sent with.
 */
public final class RequestLineMethod implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        chain.doFilter(http.getHeader(Header.X_HTTP_METHOD_OVERRIDE) == null ? request : new WithoutOverride(http), response);
    }

    private static final class WithoutOverride extends HttpServletRequestWrapper {

        WithoutOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isOverride(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isOverride(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isOverride(name)).toList());
        }

        private static boolean isOverride(String name) {
            return Header.X_HTTP_METHOD_OVERRIDE.equalsIgnoreCase(name);
        }
    }
}
