package com.humanscrm.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final ColleagueId colleague = new ColleagueId(Ids.newId(Clocks.t0()));
    private final SessionToken token = SessionToken.generate();
    private final Session session = Session.start(colleague, token, "Firefox/140.0", "203.0.113.7", Clocks.t0());

    @Test
    void aNewSessionLastsTwentyFourHoursAndStoresOnlyTheTokensHash() {
        assertThat(session.colleagueId()).isEqualTo(colleague);
        assertThat(session.createdAt()).isEqualTo(Clocks.T0);
        assertThat(session.lastSeenAt()).isEqualTo(Clocks.T0);
        assertThat(session.expiresAt()).isEqualTo(Clocks.T0.plus(Duration.ofHours(24)));
        assertThat(session.tokenHash()).isEqualTo(token.hash()).doesNotContain(token.value());
        assertThat(session.toString()).doesNotContain(token.value());
        assertThat(session.userAgent()).isEqualTo("Firefox/140.0");
        assertThat(session.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void itIsActiveUntilTheMomentItExpires() {
        Instant expiry = session.expiresAt();

        assertThat(session.activeAt(Clocks.T0)).isTrue();
        assertThat(session.activeAt(expiry.minusNanos(1_000))).isTrue();
        assertThat(session.activeAt(expiry)).isFalse();
        assertThat(session.activeAt(expiry.plusSeconds(1))).isFalse();
    }

    @Test
    void eachSessionGetsItsOwnId() {
        Session other = Session.start(colleague, SessionToken.generate(), null, null, Clocks.t0());

        assertThat(other.id()).isNotEqualTo(session.id());
    }

    @Test
    void anOddUserAgentOrAddressIsKeptPrintableAndShortInsteadOfRefused() {
        Session odd = Session.start(colleague, token, "  Evil\r\nSet-Cookie: x\u0000" + "a".repeat(1_000), "\t\n", Clocks.t0());

        assertThat(odd.userAgent()).startsWith("EvilSet-Cookie: x").doesNotContain("\r", "\n", "\u0000")
                .hasSizeBetween(Session.MAX_USER_AGENT_LENGTH - 10, Session.MAX_USER_AGENT_LENGTH);
        assertThat(odd.clientIp()).as("nothing printable left").isNull();
        assertThat(Session.start(colleague, token, null, null, Clocks.t0()).userAgent()).isNull();
    }

    @Test
    void unassignedCodePointsAndLoneSurrogatesAreDroppedFromAUserAgent() {
        Session odd = Session.start(colleague, token, "Firefox\u0378/140\uD800.0\uDFFF", null, Clocks.t0());

        assertThat(odd.userAgent()).isEqualTo("Firefox/140.0");
    }

    @Test
    void charactersBeyondTheBasicPlaneAreKeptInAUserAgent() {
        // U+1D800 (SignWriting): its low 16 bits are a surrogate's, so a check of the code point cut to a char dropped it.
        String agent = "Bot " + Character.toString(0x1D800) + " " + Character.toString(0x1F600);

        assertThat(Session.start(colleague, token, agent, null, Clocks.t0()).userAgent()).isEqualTo(agent);
    }

    @Test
    void aTokenHashMustBeSha256Hex() {
        assertThatThrownBy(() -> new Session(session.id(), colleague, null, Clocks.T0, Clocks.T0, Clocks.T0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(session.id(), colleague, token.value(), Clocks.T0, Clocks.T0, Clocks.T0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(session.id(), colleague, token.hash().toUpperCase(), Clocks.T0, Clocks.T0, Clocks.T0,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditSnapshotSaysWhoseAndFromWhereButNeverTheTokenOrItsHash() {
        assertThat(session.auditSnapshot())
                .containsEntry("colleagueId", colleague.toString())
                .containsEntry("expiresAt", session.expiresAt().toString())
                .containsEntry("userAgent", "Firefox/140.0")
                .containsEntry("clientIp", "203.0.113.7");
        assertThat(session.auditSnapshot().toString()).doesNotContain(token.value()).doesNotContain(token.hash());
    }
}
