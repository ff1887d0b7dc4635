package com.humanscrm.adapters.http.shared;

import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a request comes from: what rate limits count by, and what sessions and the audit log record.
 * Installed as Javalin's resolver of {@code ctx.ip()}, so everything that asks gets the same answer,
 * worked out once per request.
 *
 * <p>The socket's peer, unless it is a trusted reverse proxy. Such a proxy appends the address it took
 * the request from to {@code X-Forwarded-For}; everything to its left came with the request and may be
 * made up. So the client is the rightmost address that is not a trusted proxy; a header that is not a
 * list of IP addresses leaves the peer. From any other peer the header is ignored: anyone can send it.
 */
public final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final String RESOLVED = ClientAddresses.class.getName();
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Hex digits, colons, and dots for an embedded IPv4 address: never a name that could be looked up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");
    /** An IPv6 /64: the network part of the address. */
    private static final int IPV6_PREFIX_BYTES = 8;

    private final Set<InetAddress> trustedProxies;

    /** @param trustedProxies the IP addresses of the reverse proxies in front of the API; none by default */
    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddresses::required).collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address, as {@code ctx.ip()} answers it. */
    public String of(Context ctx) {
        String resolved = ctx.attribute(RESOLVED);
        if (resolved == null) {
            resolved = resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
            ctx.attribute(RESOLVED, resolved);
        }
        return resolved;
    }

    /** The client behind this peer, given the values of every {@code X-Forwarded-For} header (joined in order). */
    String resolve(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = parse(peer);
        if (peerAddress.isEmpty() || !trustedProxies.contains(peerAddress.get()) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<InetAddress> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",", -1)) {
                Optional<InetAddress> address = parse(hop);
                if (address.isEmpty()) {
                    return peer;
                }
                hops.add(address.get());
            }
        }
        for (InetAddress hop : hops.reversed()) {
            if (!trustedProxies.contains(hop)) {
                return hop.getHostAddress();
            }
        }
        return hops.getFirst().getHostAddress(); // proxies all the way: the farthest one is the best guess
    }

    /**
     * What a rate limit counts by: an IPv4 address whole, an IPv6 address by its /64 (one household or
     * server usually has a whole /64, so counting single addresses would let it go round the limit).
     */
    public static String rateLimitKey(String address) {
        return parse(address)
                .map(parsed -> parsed instanceof Inet6Address ? prefix64(parsed) : parsed.getHostAddress())
                .orElse(address);
    }

    private static String prefix64(InetAddress address) {
        byte[] bytes = address.getAddress();
        Arrays.fill(bytes, IPV6_PREFIX_BYTES, bytes.length, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    /** The address this text is, in its usual form; for settings, which refuse anything else. */
    public static String normalised(String address, String setting) {
        return required(address, setting).getHostAddress();
    }

    private static InetAddress required(String address) {
        return required(address, "trustedProxies");
    }

    private static InetAddress required(String address, String setting) {
        return parse(address).orElseThrow(() -> new IllegalArgumentException(setting
                + " must be IP addresses, not " + address));
    }

    /**
     * An IP address literal ({@code 192.0.2.1}, {@code 2001:db8::1}, {@code [2001:db8::1]}), with a port if
     * one follows ({@code 192.0.2.1:443}, {@code [2001:db8::1]:443}); empty for anything else. Never a
     * host name: nothing is looked up.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            if (end < 0 || !validPort(address.substring(end + 1))) {
                return Optional.empty();
            }
            address = address.substring(1, end);
            return IPV6.matcher(address).matches() ? literal(address) : Optional.empty();
        }
        int colon = address.indexOf(':');
        if (colon >= 0 && colon == address.lastIndexOf(':') && address.indexOf('.') >= 0) {
            if (!validPort(address.substring(colon))) {
                return Optional.empty();
            }
            address = address.substring(0, colon); // IPv4 with a port
        }
        if (IPV4.matcher(address).matches() || IPV6.matcher(address).matches()) {
            return literal(address);
        }
        return Optional.empty();
    }

    private static boolean validPort(String rest) {
        return rest.isEmpty() || PORT.matcher(rest).matches();
    }

    /** Only ever given a literal (checked above), so {@link InetAddress#getByName} parses it and looks nothing up. */
    private static Optional<InetAddress> literal(String address) {
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
