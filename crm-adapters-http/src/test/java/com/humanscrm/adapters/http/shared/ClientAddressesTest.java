package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTest {

    private static final String PROXY = "10.0.0.2";
    private final ClientAddresses behindProxies = new ClientAddresses(Set.of(PROXY, "10.0.0.3", "2001:db8::a"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItClaims() {
        assertThat(new ClientAddresses(Set.of()).resolve("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(behindProxies.resolve("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostAddressNoTrustedProxyAdded() {
        assertThat(behindProxies.resolve(PROXY, List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(PROXY, List.of("6.6.6.6, 203.0.113.1, 10.0.0.3"))).isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(PROXY, List.of("6.6.6.6", "203.0.113.1,10.0.0.3"))).isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(PROXY, List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(behindProxies.resolve("2001:db8:0::a", List.of("203.0.113.1:443"))).isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(PROXY, List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "203.0.113.1, ", "evil.example, 203.0.113.1", "203.0.113.1 10.0.0.3",
            "1.2.3", "256.1.1.1", "[2001:db8::1", "203.0.113.1:x", "fe80::1%eth0", "localhost"})
    void aForwardedForThatIsNoListOfAddressesLeavesThePeer(String header) {
        assertThat(behindProxies.resolve(PROXY, List.of(header))).isEqualTo(PROXY);
    }

    @Test
    void withoutTheHeaderTheProxyIsTheClient() {
        assertThat(behindProxies.resolve(PROXY, List.of())).isEqualTo(PROXY);
    }

    @Test
    void rateLimitsCountIpv6ClientsByTheirSlash64AndIpv4ClientsByTheirAddress() {
        assertThat(ClientAddresses.rateLimitKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.rateLimitKey("2001:db8:1:2:bbbb::2"))
                .isEqualTo(ClientAddresses.rateLimitKey("[2001:db8:1:2::3]"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.rateLimitKey("2001:db8:1:3::1")).isNotEqualTo(ClientAddresses.rateLimitKey("2001:db8:1:2::1"));
        assertThat(ClientAddresses.rateLimitKey("203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(ClientAddresses.rateLimitKey("::ffff:203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(ClientAddresses.rateLimitKey("203.0.113.2")).isNotEqualTo("203.0.113.1");
    }

    @Test
    void aRateLimiterSharesABucketAcrossA64() {
        RateLimiter limiter = new RateLimiter(1);
        limiter.acquire("2001:db8:1:2::1");

        assertThatThrownBy(() -> limiter.acquire("2001:db8:1:2::ffff")).isInstanceOf(RateLimitedException.class);
        limiter.acquire("2001:db8:1:3::1");
        limiter.acquire("203.0.113.1");
        limiter.acquire("203.0.113.2");
    }

    @Test
    void trustedProxiesMustBeAddressesNotNames() {
        assertThatThrownBy(() -> new ClientAddresses(Set.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
    }
}
